// Other helpers' tests run instances of their own on this machine at the same time: their bridges
// (dtls-<id>, dtlsb-<id>), their emulated internets (dti<id>h) and their firewall chains
// (DTLS-<id>-FWD/NAT, rules commented dtls-<id>) come and go while a test compares the machine
// before and after. Lines that name such a thing of another instance are set aside; everything
// else, our own instance's lines included, is compared whole.
const INSTANCE_NAMES =
  /\b(?:dtls-[0-9a-f]{8}|dtlsb-[0-9a-f]{8}|dti[0-9a-f]{6}[hs]|DTLS-[0-9A-Za-z]{1,16}-(?:FWD|NAT))\b/g;

/** Whether `line` names an instance, bridge or chain that is not one of `ownIds`. */
export function namesAnotherInstance(line: string, ownIds: string[]): boolean {
  return [...line.matchAll(INSTANCE_NAMES)].some((match) => !ownIds.some((id) => match[0].includes(id)));
}

/** `text` without the lines that name another instance (see namesAnotherInstance). */
export function withoutOtherInstances(text: string, ownIds: string[]): string {
  return text
    .split('\n')
    .filter((line) => !namesAnotherInstance(line, ownIds))
    .join('\n');
}
