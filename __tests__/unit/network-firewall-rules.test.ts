import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { type Privilege } from '../../src/host/privilege.js';
import { applyFirewall, removeFirewall, sweepFirewalls } from '../../src/host/network/firewall.js';
import {
  chainNames,
  forwardRules,
  installCommands,
  restoreInput,
  natRules,
  removalCommands,
  antiSpoofCommands,
  antiSpoofRules,
  forwardHookPosition,
} from '../../src/host/network/firewall-rules.js';
import {
  backendOfVersion,
  chooseBackend,
  listingOfSaved,
  showsDockerChains,
  splitRule,
} from '../../src/host/network/iptables.js';

const SPEC = { id: '0badcafe', block: '10.213.48.0/20', bridge: 'dtls-0badcafe', outbound: true };

describe('firewall rules', () => {
  test('chain names fit iptables (28 characters at most) and refuse odd ids', () => {
    assert.deepEqual(chainNames('0badcafe'), {
      forward: 'DTLS-0badcafe-FWD',
      nat: 'DTLS-0badcafe-NAT',
      raw: 'DTLS-0badcafe-RAW',
    });
    assert.ok(chainNames('0123456789abcdef').forward.length <= 28);
    for (const bad of ['', 'a b', '../x', '0123456789abcdef0', 'DOCKER;']) assert.throws(() => chainNames(bad));
  });

  test('raw: a source address of our block is dropped unless it came by the route back to it', () => {
    assert.deepEqual(antiSpoofRules(SPEC), [
      ['-A', 'DTLS-0badcafe-RAW', '-s', '10.213.48.0/20', '-m', 'rpfilter', '--invert', '-j', 'DROP'],
    ]);
    assert.deepEqual(antiSpoofCommands(SPEC).at(-1), {
      table: 'raw',
      args: ['-I', 'PREROUTING', '1', '-j', 'DTLS-0badcafe-RAW'],
    });
  });

  test("the FORWARD hook goes right after the runner's DOCKER-USER, first when there is none", () => {
    const docker28 = ['-P FORWARD DROP', '-N DOCKER-USER', '-A FORWARD -j DOCKER-USER', '-A FORWARD -j DOCKER-FORWARD'];
    assert.equal(forwardHookPosition(docker28.join('\n')), 2);
    const userFirst = ['-P FORWARD DROP', '-A FORWARD -j ACCEPT-MINE', '-A FORWARD -j DOCKER-USER'];
    assert.equal(forwardHookPosition(userFirst.join('\n')), 3);
    assert.equal(forwardHookPosition('-P FORWARD DROP\n-A FORWARD -i eth0 -j ACCEPT'), 1);
    assert.equal(forwardHookPosition(''), 1);
    assert.deepEqual(installCommands(SPEC, 2)[4], {
      table: 'filter',
      args: ['-I', 'FORWARD', '2', '-j', 'DTLS-0badcafe-FWD'],
    });
  });

  test('outbound: replies back in, new traffic out of our bridges from our block, masqueraded when it leaves', () => {
    assert.deepEqual(forwardRules(SPEC), [
      [
        '-A',
        'DTLS-0badcafe-FWD',
        '-d',
        '10.213.48.0/20',
        '-m',
        'conntrack',
        '--ctstate',
        'RELATED,ESTABLISHED',
        '-j',
        'ACCEPT',
      ],
      ['-A', 'DTLS-0badcafe-FWD', '-i', 'dtls-0badcafe', '-s', '10.213.48.0/20', '-j', 'ACCEPT'],
      ['-A', 'DTLS-0badcafe-FWD', '-i', 'br-+', '-s', '10.213.48.0/20', '-j', 'ACCEPT'],
    ]);
    assert.deepEqual(natRules(SPEC), [
      ['-A', 'DTLS-0badcafe-NAT', '-s', '10.213.48.0/20', '!', '-d', '10.213.48.0/20', '-j', 'MASQUERADE'],
    ]);
  });

  test('no outbound: only traffic inside the block, everything else into or out of it dropped, no NAT', () => {
    const spec = { ...SPEC, outbound: false };
    assert.deepEqual(forwardRules(spec), [
      [
        '-A',
        'DTLS-0badcafe-FWD',
        '-i',
        'dtls-0badcafe',
        '-s',
        '10.213.48.0/20',
        '-d',
        '10.213.48.0/20',
        '-j',
        'ACCEPT',
      ],
      ['-A', 'DTLS-0badcafe-FWD', '-i', 'br-+', '-s', '10.213.48.0/20', '-d', '10.213.48.0/20', '-j', 'ACCEPT'],
      ['-A', 'DTLS-0badcafe-FWD', '-s', '10.213.48.0/20', '-j', 'DROP'],
      ['-A', 'DTLS-0badcafe-FWD', '-d', '10.213.48.0/20', '-j', 'DROP'],
    ]);
    assert.deepEqual(natRules(spec), []);
    assert.ok(installCommands(spec).every((command) => command.table === 'filter'));
  });

  test('install: chains, then rules, then the hooks at position 1', () => {
    const commands = installCommands(SPEC).map((command) => `${command.table}: ${command.args.join(' ')}`);
    assert.deepEqual(commands, [
      'filter: -N DTLS-0badcafe-FWD',
      ...forwardRules(SPEC).map((rule) => `filter: ${rule.join(' ')}`),
      'filter: -I FORWARD 1 -j DTLS-0badcafe-FWD',
      'nat: -N DTLS-0badcafe-NAT',
      'nat: -A DTLS-0badcafe-NAT -s 10.213.48.0/20 ! -d 10.213.48.0/20 -j MASQUERADE',
      'nat: -I POSTROUTING 1 -j DTLS-0badcafe-NAT',
    ]);
  });
});

// The filter table of a runner (Docker 28), with our chains and another instance's.
const FILTER = `-P INPUT ACCEPT
-P FORWARD DROP
-P OUTPUT ACCEPT
-N DOCKER
-N DOCKER-FORWARD
-N DOCKER-ISOLATION-STAGE-1
-N DOCKER-USER
-N DTLS-0badcafe-FWD
-N DTLS-11111111-FWD
-A FORWARD -j DTLS-11111111-FWD
-A FORWARD -j DTLS-0badcafe-FWD
-A FORWARD -j DOCKER-USER
-A FORWARD -j DOCKER-FORWARD
-A FORWARD -i eth9 -m comment --comment "jumps to DTLS-0badcafe-FWD too" -j DTLS-0badcafe-FWD
-A DOCKER-FORWARD -i docker0 -j ACCEPT
-A DTLS-0badcafe-FWD -d 10.213.48.0/20 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A DTLS-0badcafe-FWD -i br-+ -s 10.213.48.0/20 -j ACCEPT
-A DTLS-11111111-FWD -i br-+ -s 10.213.16.0/20 -j ACCEPT
`;

describe('install in one process', () => {
  test('the restore input: each table whole, chains declared, the rules and hooks as they are', () => {
    assert.equal(
      restoreInput(installCommands(SPEC)),
      [
        '*filter',
        ':DTLS-0badcafe-FWD - [0:0]',
        ...forwardRules(SPEC).map((rule) => rule.join(' ')),
        '-I FORWARD 1 -j DTLS-0badcafe-FWD',
        'COMMIT',
        '*nat',
        ':DTLS-0badcafe-NAT - [0:0]',
        '-A DTLS-0badcafe-NAT -s 10.213.48.0/20 ! -d 10.213.48.0/20 -j MASQUERADE',
        '-I POSTROUTING 1 -j DTLS-0badcafe-NAT',
        'COMMIT',
        '',
      ].join('\n'),
    );
  });

  test('an argument it would have to quote is refused, never passed on', () => {
    assert.throws(
      () => restoreInput([{ table: 'filter', args: ['-A', 'X', '-m', 'comment', '--comment', 'a b', '-j', 'ACCEPT'] }]),
      /not a plain iptables argument/,
    );
  });
});

describe('removal', () => {
  test('unhooks every jump to our chains, then flushes and deletes them, and names nothing else', () => {
    const commands = removalCommands('filter', FILTER, ['DTLS-0badcafe-FWD', 'DTLS-0badcafe-NAT']);
    assert.deepEqual(commands, [
      { table: 'filter', args: ['-D', 'FORWARD', '-j', 'DTLS-0badcafe-FWD'] },
      {
        table: 'filter',
        args: [
          '-D',
          'FORWARD',
          '-i',
          'eth9',
          '-m',
          'comment',
          '--comment',
          'jumps to DTLS-0badcafe-FWD too',
          '-j',
          'DTLS-0badcafe-FWD',
        ],
      },
      { table: 'filter', args: ['-F', 'DTLS-0badcafe-FWD'] },
      { table: 'filter', args: ['-X', 'DTLS-0badcafe-FWD'] },
    ]);
  });

  test('one save lists every table as iptables -S would, so one restore can remove from all', () => {
    const saved = [
      '# Generated by iptables-nft-save v1.8.9 (nf_tables) on Sat Dec  5 03:40:00 2026',
      '*filter',
      ':INPUT ACCEPT [0:0]',
      ':FORWARD DROP [12:3456]',
      ':DOCKER-USER - [0:0]',
      ':DTLS-0badcafe-FWD - [0:0]',
      '-A FORWARD -j DOCKER-USER',
      '-A FORWARD -j DTLS-0badcafe-FWD',
      '-A DTLS-0badcafe-FWD -s 10.213.48.0/20 -i br-+ -j ACCEPT',
      'COMMIT',
      '# Completed on Sat Dec  5 03:40:00 2026',
      '*nat',
      ':POSTROUTING ACCEPT [0:0]',
      ':DTLS-0badcafe-NAT - [0:0]',
      '-A POSTROUTING -j DTLS-0badcafe-NAT',
      'COMMIT',
      '',
    ].join('\n');
    assert.equal(
      listingOfSaved(saved, 'filter'),
      [
        '-P INPUT ACCEPT',
        '-P FORWARD DROP',
        '-N DOCKER-USER',
        '-N DTLS-0badcafe-FWD',
        '-A FORWARD -j DOCKER-USER',
        '-A FORWARD -j DTLS-0badcafe-FWD',
        '-A DTLS-0badcafe-FWD -s 10.213.48.0/20 -i br-+ -j ACCEPT',
        '',
      ].join('\n'),
    );
    assert.equal(listingOfSaved(saved, 'raw'), '', 'a table the save does not hold lists nothing');
    const { forward, nat, raw } = chainNames('0badcafe');
    const commands = (['filter', 'nat', 'raw'] as const).flatMap((table) =>
      removalCommands(table, listingOfSaved(saved, table), [forward, nat, raw]),
    );
    assert.equal(
      restoreInput(commands),
      [
        '*filter',
        '-D FORWARD -j DTLS-0badcafe-FWD',
        '-F DTLS-0badcafe-FWD',
        '-X DTLS-0badcafe-FWD',
        'COMMIT',
        '*nat',
        '-D POSTROUTING -j DTLS-0badcafe-NAT',
        '-F DTLS-0badcafe-NAT',
        '-X DTLS-0badcafe-NAT',
        'COMMIT',
        '',
      ].join('\n'),
    );
  });

  test('chains already gone produce no command', () => {
    assert.deepEqual(removalCommands('nat', '-P POSTROUTING ACCEPT\n', ['DTLS-0badcafe-NAT']), []);
  });
});

describe('iptables listings', () => {
  test('splitRule keeps quoted words whole', () => {
    assert.deepEqual(splitRule('-A X -m comment --comment "a \\"b\\" c" -j ACCEPT'), [
      '-A',
      'X',
      '-m',
      'comment',
      '--comment',
      'a "b" c',
      '-j',
      'ACCEPT',
    ]);
  });

  test('sees the runner daemon in its chains, and the backend in a version string', () => {
    assert.equal(showsDockerChains(FILTER), true);
    assert.equal(showsDockerChains('-P FORWARD DROP\n-N DOCKERISH\n-N DTLS-0badcafe-FWD\n'), false);
    assert.equal(backendOfVersion('iptables v1.8.10 (nf_tables)'), 'iptables-nft');
    assert.equal(backendOfVersion('iptables v1.8.9 (legacy)'), 'iptables-legacy');
    assert.equal(backendOfVersion('iptables v1.6.1'), undefined);
  });
});

/** Fake iptables binaries, which the Privilege finds in place of the trusted ones. */
function fakeHost(listing: { nft?: string; legacy?: string; alternative: string; legacyTables: string }): Privilege {
  const dir = mkdtempSync(join(tmpdir(), 'fakeipt-'));
  dirs.push(dir);
  const fake = (name: string, body: string) => {
    writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  };
  const lister = (text?: string) => (text === undefined ? 'echo "not available" >&2; exit 1' : printLines([text]));
  fake('iptables-nft', lister(listing.nft));
  fake('iptables-legacy', lister(listing.legacy));
  fake(
    'iptables',
    `if [ "$1" = --version ]; then echo 'iptables v1.8.10 (${listing.alternative})'; else echo 'no table' >&2; exit 1; fi`,
  );
  fake('cat', printLines([listing.legacyTables]));
  return { prefix: [], viaSudo: false, locate: async (name) => join(dir, name) };
}
const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('chooseBackend', () => {
  const docker = '-P FORWARD DROP\n-N DOCKER\n-N DOCKER-USER';
  const empty = '-P FORWARD ACCEPT';

  test('takes the backend that holds the runner daemon chains, against the alternative', async () => {
    const privilege = fakeHost({ nft: empty, legacy: docker, alternative: 'nf_tables', legacyTables: 'filter\nnat' });
    assert.deepEqual(await chooseBackend(privilege), {
      backend: 'iptables-legacy',
      failures: [],
      filter: `${docker}\n`,
    });
  });

  test('without Docker chains, takes the alternative; legacy is not asked while unused', async () => {
    const privilege = fakeHost({ nft: empty, legacy: docker, alternative: 'nf_tables', legacyTables: '' });
    assert.equal((await chooseBackend(privilege)).backend, 'iptables-nft');
    const legacyHost = fakeHost({ nft: empty, legacy: empty, alternative: 'legacy', legacyTables: '' });
    assert.equal((await chooseBackend(legacyHost)).backend, 'iptables-legacy');
  });

  test('falls back to whatever works, and reports every failure when nothing does', async () => {
    const onlyLegacy = fakeHost({ legacy: empty, alternative: 'nf_tables', legacyTables: '' });
    assert.equal((await chooseBackend(onlyLegacy)).backend, 'iptables-legacy');
    const nothing = await chooseBackend(fakeHost({ alternative: 'nf_tables', legacyTables: '' }));
    assert.equal(nothing.backend, undefined);
    assert.equal(nothing.failures.length, 3);
    assert.match(nothing.failures[0], /iptables-nft -w 10 -t filter -S failed: not available/);
  });
});

interface RecordingHost {
  privilege: Privilege;
  /** Every call of a fake program, as "name args". */
  calls: () => string[];
  /** What the restore program was given. */
  restored: () => string;
  /** A fake program that records its call, then runs `body` (sh). */
  fake: (name: string, body: string) => void;
}

/** A shell command that prints `lines`, one each (single-quoted: none may hold a quote). */
const printLines = (lines: string[]) => `printf '%s\\n' ${lines.map((line) => `'${line}'`).join(' ')}`;

/** A directory of fake programs that record every call; its restore program works or fails. */
function fakePrograms(restoreWorks: boolean): RecordingHost {
  const dir = mkdtempSync(join(tmpdir(), 'fakeipt-'));
  dirs.push(dir);
  const log = join(dir, 'calls');
  const fake = (name: string, body: string) => {
    writeFileSync(join(dir, name), `#!/bin/sh\necho "$(basename "$0") $*" >> ${log}\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  };
  fake('iptables-nft-restore', restoreWorks ? `cat > ${join(dir, 'restored')}` : "echo 'no restore here' >&2; exit 1");
  const read = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '');
  return {
    privilege: { prefix: [], viaSudo: false, locate: async (name) => join(dir, name) },
    calls: () => read('calls').split('\n').filter(Boolean),
    restored: () => read('restored'),
    fake,
  };
}

/**
 * A host whose iptables-nft lists `-P FORWARD DROP` and saves `save` (nothing: no table made yet),
 * legacy unused, and that records every call; its restore program works or not.
 */
function recordingHost(restoreWorks: boolean, save = ['*filter', ':FORWARD DROP [0:0]', 'COMMIT']): RecordingHost {
  const host = fakePrograms(restoreWorks);
  host.fake('iptables-nft', `case "$*" in *-S*) echo '-P FORWARD DROP' ;; esac`);
  host.fake('iptables-nft-save', save.length > 0 ? printLines(save) : 'true');
  host.fake('iptables', "echo 'iptables v1.8.10 (nf_tables)'");
  host.fake('cat', 'true');
  return host;
}

describe('applyFirewall installs with one restore process', () => {
  test('one iptables-nft-restore --noflush with the whole input; no iptables process per rule', async () => {
    const host = recordingHost(true);
    assert.deepEqual(await applyFirewall(host.privilege, SPEC), {
      applied: true,
      backend: 'iptables-nft',
      chains: ['DTLS-0badcafe-FWD', 'DTLS-0badcafe-NAT', 'DTLS-0badcafe-RAW'],
      warnings: [],
    });
    assert.equal(host.restored(), restoreInput([...installCommands(SPEC), ...antiSpoofCommands(SPEC)]));
    const changes = host.calls().filter((call) => !/ -S$|--version|^cat /.test(call));
    assert.deepEqual(changes, ['iptables-nft-restore --noflush --wait 10']);
  });

  test('where the restore program fails: one iptables process per command, without the rpfilter chain, said', async () => {
    const host = recordingHost(false);
    const result = await applyFirewall(host.privilege, SPEC);
    assert.equal(result.applied, true);
    assert.match(result.applied ? result.warnings.join() : '', /not checked for where they come from/);
    const commands = host.calls().filter((call) => call.startsWith('iptables-nft -w 10 -t') && !call.endsWith(' -S'));
    assert.deepEqual(
      commands,
      installCommands(SPEC).map((command) => `iptables-nft -w 10 -t ${command.table} ${command.args.join(' ')}`),
    );
  });
});

/**
 * A host whose filter table holds this instance's forward chain and its hook; its save program works
 * or is missing, its restore program works or fails.
 */
function hostWithOurChain(withSave: boolean, restoreWorks = true): RecordingHost {
  const host = fakePrograms(restoreWorks);
  const filter = ['-P FORWARD DROP', '-N DTLS-0badcafe-FWD', '-A FORWARD -j DTLS-0badcafe-FWD'];
  host.fake('iptables-nft', `case "$*" in *'-t filter -S'*) ${printLines(filter)} ;; esac`);
  if (withSave) {
    const saved = ['*filter', ':FORWARD DROP [0:0]', ':DTLS-0badcafe-FWD - [0:0]', filter[2], 'COMMIT'];
    host.fake('iptables-nft-save', printLines(saved));
  }
  return host;
}

describe('removeFirewall', () => {
  const removal = [
    '*filter',
    '-D FORWARD -j DTLS-0badcafe-FWD',
    '-F DTLS-0badcafe-FWD',
    '-X DTLS-0badcafe-FWD',
    'COMMIT',
    '',
  ];

  test('lists every table with one save and removes with one restore', async () => {
    const host = hostWithOurChain(true);
    assert.equal(await removeFirewall(host.privilege, '0badcafe', 'iptables-nft'), 1);
    assert.deepEqual(host.calls(), ['iptables-nft-save ', 'iptables-nft-restore --noflush --wait 10']);
    assert.equal(host.restored(), removal.join('\n'));
  });

  test('where the restore is refused, lists again and removes what is left one command at a time', async () => {
    const host = hostWithOurChain(true, false);
    assert.equal(await removeFirewall(host.privilege, '0badcafe', 'iptables-nft'), 1);
    assert.deepEqual(host.calls(), [
      'iptables-nft-save ',
      'iptables-nft-restore --noflush --wait 10',
      'iptables-nft-save ',
      'iptables-nft -w 10 -t filter -D FORWARD -j DTLS-0badcafe-FWD',
      'iptables-nft -w 10 -t filter -F DTLS-0badcafe-FWD',
      'iptables-nft -w 10 -t filter -X DTLS-0badcafe-FWD',
    ]);
  });

  test('where the save program fails, lists each table as before', async () => {
    const host = hostWithOurChain(false);
    assert.equal(await removeFirewall(host.privilege, '0badcafe', 'iptables-nft'), 1);
    assert.deepEqual(host.calls().sort(), [
      'iptables-nft -w 10 -t filter -S',
      'iptables-nft -w 10 -t nat -S',
      'iptables-nft -w 10 -t raw -S',
      'iptables-nft-restore --noflush --wait 10',
    ]);
    assert.equal(host.restored(), removal.join('\n'));
  });
});

describe("one survey of the firewall serves the crash sweep and the backend's choice", () => {
  const withDocker = [
    '*filter',
    ':FORWARD DROP [0:0]',
    ':DOCKER - [0:0]',
    ':DOCKER-USER - [0:0]',
    '-A FORWARD -j DOCKER-USER',
    'COMMIT',
  ];

  test('nothing to sweep: one save, then the restore; no listing of its own, the hook placed from the save', async () => {
    const host = recordingHost(true, withDocker);
    const { swept, survey } = await sweepFirewalls(host.privilege, () => true);
    assert.deepEqual(swept, []);
    assert.ok(survey, 'the survey comes back when the sweep changed nothing');
    assert.equal((await applyFirewall(host.privilege, SPEC, survey)).applied, true);
    assert.deepEqual(host.calls(), [
      'cat /proc/net/ip_tables_names',
      'iptables-nft-save ',
      'iptables-nft-restore --noflush --wait 10',
    ]);
    assert.match(host.restored(), /^-I FORWARD 2 -j DTLS-0badcafe-FWD$/m);
  });

  test('a save without a filter table (nft not used yet): the choice lists it', async () => {
    const host = recordingHost(true, []);
    const { survey } = await sweepFirewalls(host.privilege, () => true);
    const choice = await chooseBackend(host.privilege, survey);
    assert.equal(choice.backend, 'iptables-nft');
    assert.equal(choice.filter, '-P FORWARD DROP\n');
    assert.ok(host.calls().includes('iptables-nft -w 10 -t filter -S'), host.calls().join('\n'));
  });

  test("a live instance's chains stay and the survey stands; a dead one's go, and the survey with them", async () => {
    const live = hostWithOurChain(true);
    const kept = await sweepFirewalls(live.privilege, () => false);
    assert.deepEqual(kept.swept, []);
    assert.ok(kept.survey);
    assert.ok(!live.calls().some((call) => call.includes('restore')), 'nothing removed');
    const dead = hostWithOurChain(true);
    const removed = await sweepFirewalls(dead.privilege, (id) => id === '0badcafe');
    assert.deepEqual(removed.swept, ['0badcafe']);
    assert.equal(removed.survey, undefined, 'the firewall changed since the survey');
    assert.equal(
      dead.restored(),
      '*filter\n-D FORWARD -j DTLS-0badcafe-FWD\n-F DTLS-0badcafe-FWD\n-X DTLS-0badcafe-FWD\nCOMMIT\n',
    );
  });
});

describe('applyFirewall where no iptables works', () => {
  test('reports that containers have no outbound network, with the fix, instead of failing the start', async () => {
    const nothing = fakeHost({ alternative: 'nf_tables', legacyTables: '' });
    const result = await applyFirewall(nothing, SPEC);
    assert.equal(result.applied, false);
    if (result.applied) return;
    assert.match(result.warning, /^Containers of this daemon have no outbound network: no iptables works here \(/);
    assert.ok(result.hint.length > 0, 'a hint says what to do');
    const closed = await applyFirewall(nothing, { ...SPEC, outbound: false });
    assert.match(closed.applied ? '' : closed.warning, /have no network between each other/);
  });
});
