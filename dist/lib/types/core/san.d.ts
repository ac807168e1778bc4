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
