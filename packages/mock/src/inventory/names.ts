// EM's naming conventions for what the inventory generates (docs/em-api-facts: restore point names are SQL Server display
// text, `vm@yyyy-MM-dd HH:mm:ss` for a VM restore point, `<backup>D<date>T<time>_<hex>.<type>` for a backup file).

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/** `Jan 17 2019  5:21PM`: SQL Server's default display of a date, space-padded. */
export function sqlDisplayName(ms: number): string {
  const d = new Date(ms);
  const hour = d.getUTCHours() % 12 === 0 ? 12 : d.getUTCHours() % 12;
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${d.getUTCFullYear()} ${String(hour).padStart(2, ' ')}:${two(d.getUTCMinutes())}${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
}

/** `2019-01-17 17:21:04`. */
export const isoSeconds = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** `winsrv01@2019-01-17 17:21:04`. */
export const vmRestorePointName = (vm: string, ms: number): string => `${vm}@${isoSeconds(ms)}`;

/** `Backup Job 7D2019-01-17T172104_8A1C.vbk`. */
export const backupFileName = (backup: string, ms: number, tag: string, fileType: string): string =>
  `${backup}D${isoSeconds(ms).replace(' ', 'T').replace(/:/g, '')}_${tag}.${fileType}`;

export const backupName = (n: number): string => `Backup Job ${n}`;
export const backupServerName = (n: number): string => `srv${n}`;

const VM_NAMES = ['winsrv', 'oracle', 'sql', 'web', 'dc', 'exch', 'files', 'app', 'linux', 'mail'];
export const vmName = (n: number): string => `${VM_NAMES[n % VM_NAMES.length]}${two(Math.floor(n / VM_NAMES.length) % 100)}`;
