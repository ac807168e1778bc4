/** What a rootless start's log says went wrong, in the user's terms; undefined when it says nothing known. */
const KNOWN_CAUSES: Array<[RegExp, string]> = [
  [
    /newuidmap.*(Operation not permitted|Permission denied)|uid_map.*(Operation not permitted|Permission denied)/i,
    'the user namespace could not get this user\'s subordinate ids (newuidmap refused): check /etc/subuid and /etc/subgid, that newuidmap and newgidmap are setuid root, and, on Ubuntu 24.04, the AppArmor profile for rootlesskit ("docker-tls doctor --rootless" names each).',
  ],
  [
    /\/dev\/net\/tun.*(permission denied|no such file)/i,
    '/dev/net/tun is not usable by this user (slirp4netns needs it): "sudo chmod 0666 /dev/net/tun", or load the tun module.',
  ],
  [
    /listen tcp [^:]*:\d+: bind: address already in use|address already in use/i,
    'the port is taken on this machine: choose another port, or 0 for a free one.',
  ],
  [
    /executable file not found in \$PATH.*(slirp4netns|pasta)|(slirp4netns|pasta).*not found/i,
    'the user-mode network driver is missing: install slirp4netns (or passt for pasta).',
  ],
];

export function diagnoseRootlessLog(log: string): string | undefined {
  return KNOWN_CAUSES.find(([pattern]) => pattern.test(log))?.[1];
}
