// Reads the TAP that node:test writes in the guest: the top-level tests are the scenarios (pass or
// fail, with their time), and every failing test at any depth brings its error message, so the
// host can say what failed without the reader opening the file.
export interface ScenarioResult {
  name: string;
  passed: boolean;
  skipped: boolean;
  seconds: number;
}

export interface Failure {
  /** The failing test's name, after the names of the tests it is in (" › " between). */
  path: string;
  error: string;
}

export interface TapReport {
  scenarios: ScenarioResult[];
  failures: Failure[];
  /** The plan's count of top-level tests ("1..N"), to tell a report cut short. */
  planned?: number;
}

const RESULT = /^( *)(not ok|ok) \d+ - (.*?)(?: # (SKIP|TODO)\b.*)?$/;
const SUBTEST = /^( *)# Subtest: (.*)$/;

/** The YAML block after a result line: its duration and its error text. */
function readBlock(lines: string[], from: number): { seconds: number; error: string } {
  let seconds = 0;
  const error: string[] = [];
  let errorIndent = -1;
  for (let i = from; i < lines.length && !/^\s*\.\.\.$/.test(lines[i]); i++) {
    const line = lines[i];
    const indent = line.length - line.trimStart().length;
    if (errorIndent >= 0 && indent > errorIndent) error.push(line.trim());
    else errorIndent = -1;
    const duration = /^\s*duration_ms: ([\d.]+)/.exec(line);
    if (duration) seconds = Number(duration[1]) / 1000;
    const errorKey = /^(\s*)error: ?(.*)$/.exec(line);
    if (errorKey) {
      errorIndent = errorKey[1].length;
      if (errorKey[2] && !/^[|>]-?$/.test(errorKey[2])) error.push(errorKey[2].replace(/^'(.*)'$/, '$1'));
    }
  }
  return { seconds, error: error.join('\n') };
}

export function parseTap(text: string): TapReport {
  const lines = text.split('\n');
  const report: TapReport = { scenarios: [], failures: [] };
  const names: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const subtest = SUBTEST.exec(lines[i]);
    if (subtest) {
      names[subtest[1].length / 4] = subtest[2];
      continue;
    }
    const plan = /^1\.\.(\d+)$/.exec(lines[i]);
    if (plan) report.planned = Number(plan[1]);
    const result = RESULT.exec(lines[i]);
    if (!result) continue;
    const depth = result[1].length / 4;
    const passed = result[2] === 'ok';
    const { seconds, error } = readBlock(lines, i + 1);
    if (depth === 0) report.scenarios.push({ name: result[3], passed, skipped: result[4] !== undefined, seconds });
    // A test fails when one of its subtests does: only the innermost failures say why.
    if (!passed && error && !/^\d+ subtests? failed$/.test(error)) {
      report.failures.push({ path: [...names.slice(0, depth), result[3]].join(' › '), error });
    }
  }
  return report;
}
