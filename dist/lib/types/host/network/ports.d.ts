import { type OptionNames } from '../../core/options/names.js';
/**
 * Port 0 becomes a free port the kernel picks; any other port is checked, so a port in use is
 * reported before anything is created rather than as a daemon that dies during start-up.
 */
export declare function reservePort(host: string, port: number, names: OptionNames): Promise<number>;
