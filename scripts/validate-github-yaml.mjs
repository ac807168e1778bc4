// Part of `npm run lint`: validates action.yml against GitHub's action metadata schema and every
// .github/workflows/*.yml against the workflow schema. The schemas are the ones GitHub publishes
// in @actions/workflow-parser (its Actions language service's parser), vendored in that package:
// nothing is fetched at lint time. Pass file paths to check only those (an action file is one
// named action.yml or action.yaml; anything else is read as a workflow). Run it under tsx: the
// package imports its schema JSON without an import attribute, which plain Node 20 refuses.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';

const root = resolve(import.meta.dirname, '..');
const trace = new NoOperationTraceWriter();

function defaultFiles() {
  const dir = join(root, '.github', 'workflows');
  const workflows = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
  return [join(root, 'action.yml'), ...workflows];
}

const isAction = (path) => /^action\.ya?ml$/.test(basename(path));
const shown = (path) => (relative(root, path).startsWith('..') ? path : relative(root, path));

/** The schema's findings for one file, as "file: message" lines. */
async function problemsOf(path) {
  const file = { name: shown(path), content: readFileSync(path, 'utf8') };
  const parsed = isAction(path) ? parseAction(file, trace) : parseWorkflow(file, trace);
  if (parsed.value) {
    // Conversion checks what the schema alone does not (job needs, matrix, action runs).
    if (isAction(path)) convertActionTemplate(parsed.context, parsed.value);
    else await convertWorkflowTemplate(parsed.context, parsed.value);
  }
  return parsed.context.errors.getErrors().map((error) => error.message);
}

const files = process.argv.length > 2 ? process.argv.slice(2).map((path) => resolve(path)) : defaultFiles();
let failed = 0;
for (const path of files) {
  const problems = await problemsOf(path);
  const kind = isAction(path) ? 'action metadata' : 'workflow';
  if (problems.length === 0) continue;
  failed += 1;
  console.error(`${shown(path)} does not match the ${kind} schema:`);
  for (const problem of problems) console.error(`  ${problem}`);
}
if (failed > 0) process.exit(1);
console.log(`${files.length} file(s) match GitHub's action and workflow schemas.`);
