import ipaddr from 'ipaddr.js';
export type SubjectAltName = {
    type: 'dns';
    value: string;
} | {
    type: 'ip';
    value: string;
};
/** Splits a list given as one input: commas, newlines or spaces around them; blanks dropped. */
export declare function splitList(raw: string): string[];
export declare function isDnsName(name: string): boolean;
/**
 * One SAN as a user writes it: a DNS name, an IPv4 or IPv6 address, optionally with docker:dind's
 * `DNS:` / `IP:` prefixes. IPv6 may come in brackets, as in a URL.
 */
export declare function parseSan(raw: string, input: string): SubjectAltName;
export declare function parseSanList(raw: string | readonly string[], input: string): SubjectAltName[];
/** Keeps the first of each name, in order; addresses compared in their canonical form. */
export declare function uniqueSans(sans: readonly SubjectAltName[]): SubjectAltName[];
export declare function formatSan(san: SubjectAltName): string;
/**
 * An IPv4 address in four decimal parts, or an IPv6 address in RFC 4291's text forms, without a
 * zone; undefined for anything else. Parsed by ipaddr.js, with three of its leniencies closed:
 * IPv4 in inet_aton's forms (`010.0.0.1` is 8.0.0.1 there, `1.2.3` is 1.2.0.3), a zone (`%eth0`),
 * and the IPv4 part of an IPv6 address (see embeddedIpv4).
 */
export declare function parseIpAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined;
/**
 * IPv4 as a dotted quad, IPv6 as eight hex groups (`0:0:0:0:0:ffff:a00:1`): one spelling per
 * address, without a dotted quad in IPv6; undefined for what parseIpAddress refuses.
 */
export declare function normalizedIp(address: string): string | undefined;
