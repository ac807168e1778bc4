// The preconditions of a rootless daemon (issue 23), each against a fake machine: no root, no
// namespace made, nothing read of this machine. Every failure must name its cause and its fix.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { rootlessDoctor } from '../../src/adapters/cli/doctor.js';
import { runCli } from '../../src/adapters/cli/run.js';
import { formatRootlessFindings } from '../../src/doctor/rootless.js';
import {
  type PathFacts,
  type RootlessFinding,
  type RootlessProbe,
  type RunOutcome,
  checkRootlessPreconditions,
  parseSubordinateRanges,
  profileText,
  rangesOf,
  rootlessFindings,
  subordinateCount,
} from '../../src/host/rootless/index.js';

interface Machine {
  uid: number;
  name?: string;
  files: Record<string, string>;
  directories: Record<string, string[]>;
  stats: Record<string, PathFacts>;
  /** Paths this user may not open for reading and writing, with the error code. */
  denied: Record<string, string>;
  /** Program name → its path in a trusted directory. */
  programs: Record<string, string>;
  links: Record<string, string>;
  run: (file: string, args: string[]) => RunOutcome;
}

const SETUID_ROOT: PathFacts = { mode: 0o104755, uid: 0 };
const PLAIN_PROGRAM: PathFacts = { mode: 0o100755, uid: 0 };

/** A Debian-like machine where every precondition holds for alice. */
function goodMachine(): Machine {
  return {
    uid: 1001,
    name: 'alice',
    files: {
      '/etc/subuid': 'alice:100000:65536\n',
      '/etc/subgid': 'alice:100000:65536\n',
      '/proc/sys/user/max_user_namespaces': '63434\n',
      '/proc/sys/kernel/unprivileged_userns_clone': '1\n',
    },
    directories: {},
    stats: {
      '/usr/bin/newuidmap': SETUID_ROOT,
      '/usr/bin/newgidmap': SETUID_ROOT,
      '/dev/net/tun': { mode: 0o20666, uid: 0 },
    },
    denied: {},
    programs: {
      newuidmap: '/usr/bin/newuidmap',
      newgidmap: '/usr/bin/newgidmap',
      rootlesskit: '/usr/bin/rootlesskit',
      slirp4netns: '/usr/bin/slirp4netns',
      unshare: '/usr/bin/unshare',
    },
    links: {},
    run: () => ({ ok: true, stdout: '', stderr: '' }),
  };
}

/** The probe over a Machine; it records every program run. */
function probeOf(machine: Machine, ran: string[][] = []): RootlessProbe {
  return {
    user: async () => ({ uid: machine.uid, name: machine.name }),
    readFile: async (path) => machine.files[path],
    listDirectory: async (path) => machine.directories[path] ?? [],
    readWriteDenied: async (path) => machine.denied[path] ?? (machine.stats[path] ? undefined : 'ENOENT'),
    stat: async (path) => machine.stats[path],
    realpath: async (path) => machine.links[path] ?? path,
    findProgram: async (name) =>
      machine.programs[name] ? { path: machine.programs[name], skipped: [] } : { skipped: [] },
    run: async (file, args) => {
      ran.push([file, ...args]);
      return machine.run(file, args);
    },
  };
}

async function findingOf(machine: Machine, check: string): Promise<RootlessFinding> {
  const finding = (await rootlessFindings(probeOf(machine))).find((item) => item.check === check);
  assert.ok(finding, `a finding named ${check}`);
  return finding;
}

/** The start's check refuses, and its one error names the cause (message) and the fix (hint). */
async function assertRefused(machine: Machine, check: string, cause: RegExp, fix: RegExp): Promise<void> {
  await assert.rejects(checkRootlessPreconditions(probeOf(machine)), (error: Error & { hint?: string }) => {
    assert.equal(error.name, 'DockerTlsError');
    assert.match(error.message, new RegExp(`^- ${check}: `, 'm'));
    assert.match(error.message, cause);
    assert.match(error.hint ?? '', new RegExp(`^- ${check}: `, 'm'));
    assert.match(error.hint ?? '', fix);
    return true;
  });
}

const ORDER = [
  'not-root',
  'uidmap',
  'subordinate-ids',
  'dev-net-tun',
  'user-namespaces',
  'apparmor-userns',
  'rootlesskit',
  'network-driver',
];

describe('rootless preconditions', () => {
  test('all good: every check passes, in the fixed order, and the start may go on', async () => {
    const ran: string[][] = [];
    const findings = await checkRootlessPreconditions(probeOf(goodMachine(), ran));
    assert.deepEqual(
      findings.map((finding) => finding.check),
      ORDER,
    );
    assert.deepEqual(
      findings.filter((finding) => !finding.ok),
      [],
    );
    assert.ok(findings.every((finding) => finding.fix === undefined));
    assert.deepEqual(ran, [['/usr/bin/unshare', '--user', '--map-root-user', 'true']], 'the namespace was proven');
    assert.match(findings[7].detail, /slirp4netns at \/usr\/bin\/slirp4netns will be used/);
  });

  test('root is refused: rootless as root protects nothing', async () => {
    const machine = { ...goodMachine(), uid: 0, name: 'root' };
    await assertRefused(machine, 'not-root', /Running as root \(uid 0\).*protect nothing/, /unprivileged user/);
  });

  test('newuidmap or newgidmap missing: install uidmap', async () => {
    const machine = goodMachine();
    delete machine.programs.newgidmap;
    await assertRefused(
      machine,
      'uidmap',
      /newgidmap is not in a directory only root can write/,
      /apt-get install -y uidmap/,
    );
  });

  test('newuidmap neither setuid nor with its capability (getcap says so): make it privileged', async () => {
    const machine = goodMachine();
    machine.stats['/usr/bin/newuidmap'] = PLAIN_PROGRAM;
    machine.programs.getcap = '/usr/sbin/getcap';
    await assertRefused(
      machine,
      'uidmap',
      /newuidmap has neither the setuid bit nor its file capability/,
      /sudo chmod u\+s \/usr\/bin\/newuidmap \(or sudo setcap cap_setuid=ep \/usr\/bin\/newuidmap\)/,
    );
  });

  test('newuidmap with the file capability cap_setuid (as Fedora ships it) is fine', async () => {
    const machine = goodMachine();
    machine.stats['/usr/bin/newuidmap'] = PLAIN_PROGRAM;
    machine.programs.getcap = '/usr/sbin/getcap';
    machine.run = (file, args) => ({
      ok: true,
      stdout: file.endsWith('getcap') ? `${args[0]} cap_setuid=ep\n` : '',
      stderr: '',
    });
    const finding = await findingOf(machine, 'uidmap');
    assert.equal(finding.ok, true);
    assert.match(finding.detail, /newuidmap at \/usr\/bin\/newuidmap \(file capability cap_setuid\)/);
  });

  test('not setuid and no getcap to tell: passes with a caution in the detail', async () => {
    const machine = goodMachine();
    machine.stats['/usr/bin/newgidmap'] = PLAIN_PROGRAM;
    const finding = await findingOf(machine, 'uidmap');
    assert.equal(finding.ok, true);
    assert.match(finding.detail, /Caution: newgidmap is not setuid root.*getcap is not installed/);
  });

  test('no subordinate ids for the user: usermod with the real user name and a free range', async () => {
    const machine = goodMachine();
    machine.files['/etc/subuid'] = 'bob:100000:65536\n';
    machine.files['/etc/subgid'] = 'bob:100000:65536\n';
    await assertRefused(
      machine,
      'subordinate-ids',
      /\/etc\/subuid has no line for alice \(uid 1001\); \/etc\/subgid has no line for alice/,
      /sudo usermod --add-subuids 165536-231071 --add-subgids 165536-231071 alice$/m,
    );
  });

  test('too few subordinate ids: the count is in the detail; only the short file is fixed', async () => {
    const machine = goodMachine();
    machine.files['/etc/subgid'] = 'alice:100000:1000\n';
    await assertRefused(
      machine,
      'subordinate-ids',
      /\/etc\/subgid gives alice \(uid 1001\) 1000 ids \(100000-100999\), fewer than the 65536 images need/,
      /sudo usermod --add-subgids 165536-231071 alice$/m,
    );
  });

  test('/dev/net/tun not usable by the user: its mode in the detail, chmod 0666 in the fix', async () => {
    const machine = goodMachine();
    machine.stats['/dev/net/tun'] = { mode: 0o20600, uid: 0 };
    machine.denied['/dev/net/tun'] = 'EACCES';
    await assertRefused(machine, 'dev-net-tun', /EACCES; mode 0600, owner uid 0/, /sudo chmod 0666 \/dev\/net\/tun/);
  });

  test('/dev/net/tun absent: load the tun module', async () => {
    const machine = goodMachine();
    delete machine.stats['/dev/net/tun'];
    await assertRefused(machine, 'dev-net-tun', /does not exist/, /sudo modprobe tun/);
  });

  test('user namespaces switched off by a sysctl: the sysctl to set', async () => {
    const machine = goodMachine();
    machine.files['/proc/sys/user/max_user_namespaces'] = '0\n';
    await assertRefused(
      machine,
      'user-namespaces',
      /user\.max_user_namespaces=0 allows no user namespace/,
      /sudo sysctl -w user\.max_user_namespaces=28633/,
    );
    const debian = goodMachine();
    debian.files['/proc/sys/kernel/unprivileged_userns_clone'] = '0\n';
    await assertRefused(
      debian,
      'user-namespaces',
      /kernel\.unprivileged_userns_clone=0 refuses them/,
      /sudo sysctl -w kernel\.unprivileged_userns_clone=1/,
    );
  });

  test('no unprivileged_userns_clone (not a Debian kernel) means allowed', async () => {
    const machine = goodMachine();
    delete machine.files['/proc/sys/kernel/unprivileged_userns_clone'];
    assert.equal((await findingOf(machine, 'user-namespaces')).ok, true);
  });

  test('the sysctls allow them, yet unshare fails: its stderr in the detail', async () => {
    const machine = goodMachine();
    machine.run = () => ({ ok: false, stdout: '', stderr: 'unshare: unshare failed: Operation not permitted' });
    await assertRefused(
      machine,
      'user-namespaces',
      /yet the kernel refuses a user namespace: unshare --user --map-root-user true failed: unshare: unshare failed: Operation not permitted/,
      /seccomp filter or a container/,
    );
  });

  test('rootlesskit missing: install its package', async () => {
    const machine = goodMachine();
    delete machine.programs.rootlesskit;
    await assertRefused(
      machine,
      'rootlesskit',
      /rootlesskit is not in a directory only root can write/,
      /apt-get install -y rootlesskit/,
    );
  });

  test('no network driver: install slirp4netns or passt; pasta alone is used; slirp4netns preferred', async () => {
    const none = goodMachine();
    delete none.programs.slirp4netns;
    await assertRefused(
      none,
      'network-driver',
      /No user-mode network driver/,
      /apt-get install -y slirp4netns \(or passt/,
    );
    const pastaOnly = { ...none, programs: { ...none.programs, pasta: '/usr/bin/pasta' } };
    assert.match((await findingOf(pastaOnly, 'network-driver')).detail, /^pasta at \/usr\/bin\/pasta will be used/);
    const both = { ...goodMachine(), programs: { ...goodMachine().programs, pasta: '/usr/bin/pasta' } };
    assert.match(
      (await findingOf(both, 'network-driver')).detail,
      /^slirp4netns .* will be used \(pasta at \/usr\/bin\/pasta too\)/,
    );
  });

  test('several failures make one error listing every cause and every fix', async () => {
    const machine = { ...goodMachine(), uid: 0, name: 'root' };
    delete machine.programs.rootlesskit;
    await assert.rejects(checkRootlessPreconditions(probeOf(machine)), (error: Error & { hint?: string }) => {
      assert.match(error.message, /3 precondition\(s\) fail/);
      assert.deepEqual(
        [...error.message.matchAll(/^- ([a-z-]+):/gm)].map((match) => match[1]),
        ['not-root', 'subordinate-ids', 'rootlesskit'],
      );
      assert.deepEqual(
        [...(error.hint ?? '').matchAll(/^- ([a-z-]+):/gm)].map((match) => match[1]),
        ['not-root', 'subordinate-ids', 'rootlesskit'],
      );
      return true;
    });
  });
});

describe('subordinate id files', () => {
  const TEXT = [
    '# written by useradd',
    '',
    'alice:100000:65536',
    '  1002:165536:65536  ',
    'bob:231072:100',
    'bob:300000:1000',
    'broken:line',
    'carol:x:65536',
    '#dave:400000:65536',
  ].join('\n');

  test('lines by name or by numeric uid; comments, blank and malformed lines skipped', () => {
    const ranges = parseSubordinateRanges(TEXT);
    assert.deepEqual(
      ranges.map((range) => range.owner),
      ['alice', '1002', 'bob', 'bob'],
    );
    assert.deepEqual(rangesOf(ranges, { uid: 1001, name: 'alice' }), [{ owner: 'alice', start: 100000, count: 65536 }]);
    assert.deepEqual(rangesOf(ranges, { uid: 1002, name: 'erin' }), [{ owner: '1002', start: 165536, count: 65536 }]);
    assert.deepEqual(rangesOf(ranges, { uid: 1004 }), []);
    assert.deepEqual(rangesOf(ranges, { uid: 1005, name: 'dave' }), [], 'a commented line is no entry');
  });

  test('ranges add up; too few is a failure naming the count', async () => {
    const ranges = parseSubordinateRanges(TEXT);
    assert.equal(subordinateCount(rangesOf(ranges, { uid: 1003, name: 'bob' })), 1100);
    const machine = { ...goodMachine(), name: 'bob', uid: 1003 };
    machine.files = { ...machine.files, '/etc/subuid': TEXT, '/etc/subgid': TEXT };
    const finding = await findingOf(machine, 'subordinate-ids');
    assert.equal(finding.ok, false);
    assert.match(finding.detail, /\/etc\/subuid gives bob \(uid 1003\) 1100 ids \(231072-231171, 300000-300999\)/);
    assert.match(finding.fix ?? '', /--add-subuids 301000-366535 --add-subgids 301000-366535 bob/, 'after every range');
  });

  test('found by uid when the user has no name; the fix then gives the lines to append', async () => {
    const machine = { ...goodMachine(), name: undefined, uid: 1002 };
    machine.files = { ...machine.files, '/etc/subuid': TEXT, '/etc/subgid': '' };
    const finding = await findingOf(machine, 'subordinate-ids');
    assert.match(
      finding.detail,
      /\/etc\/subuid gives uid 1002 65536 ids \(165536-231071\); \/etc\/subgid has no line for uid 1002/,
    );
    assert.match(finding.fix ?? '', /append the line "1002:301000:65536" to \/etc\/subgid/);
  });

  test('a missing file is said so', async () => {
    const machine = goodMachine();
    delete machine.files['/etc/subgid'];
    assert.match(
      (await findingOf(machine, 'subordinate-ids')).detail,
      /\/etc\/subgid does not exist or cannot be read/,
    );
  });
});

describe("Ubuntu 24.04's AppArmor restriction on user namespaces", () => {
  const RESTRICT = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';
  const UBUNTU_PROFILE = [
    'abi <abi/4.0>,',
    'include <tunables/global>',
    '',
    'profile rootlesskit /usr/bin/rootlesskit flags=(unconfined) {',
    '  userns,',
    '',
    '  # Site-specific additions and overrides. See local/README for details.',
    '  include if exists <local/rootlesskit>',
    '}',
  ].join('\n');

  function restricted(profiles: Record<string, string> = {}): Machine {
    const machine = goodMachine();
    machine.files[RESTRICT] = '1\n';
    machine.directories['/etc/apparmor.d'] = ['abstractions', 'local', ...Object.keys(profiles)];
    for (const [name, text] of Object.entries(profiles)) machine.files[`/etc/apparmor.d/${name}`] = text;
    return machine;
  }

  test('restriction 0 or absent: nothing to allow', async () => {
    const off = goodMachine();
    off.files[RESTRICT] = '0\n';
    assert.match((await findingOf(off, 'apparmor-userns')).detail, /does not restrict.*=0/);
    assert.equal((await findingOf(goodMachine(), 'apparmor-userns')).ok, true, 'a kernel without the sysctl');
  });

  test('restriction 1 without a profile: fails with the profile text and how to load it', async () => {
    const ran: string[][] = [];
    const machine = restricted({
      'usr.bin.man': 'profile man /usr/bin/man {\n  /usr/bin/rootlesskit rix,\n userns,\n}\n',
    });
    const findings = await rootlessFindings(probeOf(machine, ran));
    const finding = findings.find((item) => item.check === 'apparmor-userns')!;
    assert.equal(finding.ok, false);
    assert.match(
      finding.detail,
      /apparmor_restrict_unprivileged_userns=1.*no profile in \/etc\/apparmor\.d lets rootlesskit \(\/usr\/bin\/rootlesskit\)/,
    );
    assert.ok(finding.fix?.includes(profileText('/usr/bin/rootlesskit')), finding.fix);
    assert.match(finding.fix ?? '', /as \/etc\/apparmor\.d\/rootlesskit:/);
    assert.match(
      finding.fix ?? '',
      /sudo apparmor_parser -r \/etc\/apparmor\.d\/rootlesskit \(or sudo systemctl restart apparmor\.service\)/,
    );
    assert.match(
      profileText('/usr/bin/rootlesskit'),
      /^profile rootlesskit \/usr\/bin\/rootlesskit flags=\(unconfined\) \{\n {2}userns,$/m,
    );
    // Under the restriction unshare has no profile of its own: its failure would prove nothing.
    assert.deepEqual(ran, []);
    assert.match(findings.find((item) => item.check === 'user-namespaces')!.detail, /not tried with unshare/);
  });

  test('restriction 1 with a profile that allows userns for rootlesskit: ok', async () => {
    const finding = await findingOf(restricted({ rootlesskit: UBUNTU_PROFILE }), 'apparmor-userns');
    assert.equal(finding.ok, true);
    assert.match(
      finding.detail,
      /\/etc\/apparmor\.d\/rootlesskit lets rootlesskit \(\/usr\/bin\/rootlesskit\) make user namespaces/,
    );
  });

  test('the userns rule may come from the local file the profile includes', async () => {
    const withoutRule = UBUNTU_PROFILE.replace('  userns,\n', '');
    const machine = restricted({ rootlesskit: withoutRule });
    assert.equal((await findingOf(machine, 'apparmor-userns')).ok, false, 'no rule anywhere');
    machine.files['/etc/apparmor.d/local/rootlesskit'] = '# ours\nuserns,\n';
    assert.equal((await findingOf(machine, 'apparmor-userns')).ok, true);
  });

  test("a profile for another path does not count; one for rootlesskit's real path does", async () => {
    const machine = restricted({ rootlesskit: UBUNTU_PROFILE });
    machine.programs.rootlesskit = '/usr/local/bin/rootlesskit';
    machine.links['/usr/local/bin/rootlesskit'] = '/opt/rootlesskit/bin/rootlesskit';
    const finding = await findingOf(machine, 'apparmor-userns');
    assert.equal(finding.ok, false);
    assert.match(finding.fix ?? '', /as \/etc\/apparmor\.d\/opt\.rootlesskit\.bin\.rootlesskit:/);
    assert.match(
      finding.fix ?? '',
      /^profile opt\.rootlesskit\.bin\.rootlesskit \/opt\/rootlesskit\/bin\/rootlesskit flags=\(unconfined\) \{$/m,
    );
    const quoted = '"/opt/rootlesskit/bin/rootlesskit" flags=(unconfined) {\n  userns,\n}\n';
    machine.directories['/etc/apparmor.d'].push('opt.rootlesskit.bin.rootlesskit');
    machine.files['/etc/apparmor.d/opt.rootlesskit.bin.rootlesskit'] = quoted;
    assert.equal((await findingOf(machine, 'apparmor-userns')).ok, true);
  });
});

describe('docker-tls doctor --rootless', () => {
  test('each finding as the doctor prints findings: verdict, [check], detail, the fix under it', () => {
    const lines = formatRootlessFindings([
      { check: 'not-root', ok: true, detail: 'Running as alice (uid 1001), not root.' },
      { check: 'apparmor-userns', ok: false, detail: 'No profile.', fix: 'Install:\n\nprofile x {\n  userns,\n}' },
    ]);
    assert.deepEqual(lines, [
      'ok   [not-root] Running as alice (uid 1001), not root.',
      'fail [apparmor-userns] No profile.',
      '     fix: Install:',
      '',
      '          profile x {',
      '            userns,',
      '          }',
    ]);
  });

  test('the section lists every check and counts the failures, with no root and no daemon', async () => {
    const machine = goodMachine();
    machine.denied['/dev/net/tun'] = 'EACCES';
    const lines: string[] = [];
    assert.equal(await rootlessDoctor((line) => lines.push(line), probeOf(machine)), 1);
    const text = lines.join('\n');
    assert.match(text, /^rootless \(docker-tls up --rootless/m);
    for (const check of ORDER) assert.match(text, new RegExp(`^(ok  |fail) \\[${check}\\] `, 'm'), check);
    assert.match(text, /^fail \[dev-net-tun\] .*EACCES/m);
    assert.match(text, /^ {5}fix: sudo chmod 0666 \/dev\/net\/tun/m);
  });

  test('--rootless is in the help text', async () => {
    const lines: string[] = [];
    assert.equal(await runCli(['doctor', '--help'], (line) => lines.push(line)), 0);
    assert.match(lines.join('\n'), /\[--rootless\][\s\S]*--rootless {2,}the preconditions of a rootless daemon/);
  });
});
