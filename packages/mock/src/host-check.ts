// DNS rebinding: a web page may point its own name at 127.0.0.1, so a loopback mock answers only the Host names it is known by.

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

/** `127.0.0.1`, `::1`, `localhost` and the rest of 127/8: addresses only this machine reaches. */
const isLoopback = (host: string): boolean => LOOPBACK_NAMES.includes(host) || /^127(?:\.\d{1,3}){3}$/.test(host);

/** A Host header's name without its port and brackets, lower-cased, without a final dot; undefined when it is not one. */
export function hostName(header: string): string | undefined {
  const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9.-]+))(?::\d{1,5})?$/.exec(header.trim());
  if (!match) return undefined;
  return (match[1] ?? match[2]!).toLowerCase().replace(/\.$/, '');
}

/**
 * The Host names a mock listening on `bindHost` answers, or `undefined` for any. On loopback: its own names, the public
 * URL's and `allowHosts`; elsewhere (0.0.0.0 in a container, say) any name, unless `allowHosts` narrows it.
 */
export function allowedHosts(bindHost: string, publicUrl: string | undefined, allowHosts: readonly string[] | undefined): ReadonlySet<string> | undefined {
  const bind = hostName(bindHost.includes(':') && !bindHost.startsWith('[') ? `[${bindHost}]` : bindHost) ?? bindHost;
  if (!isLoopback(bind) && allowHosts === undefined) return undefined;
  const names = new Set([...LOOPBACK_NAMES, ...(isLoopback(bind) || bind === '0.0.0.0' || bind === '::' ? [] : [bind])]);
  if (publicUrl !== undefined) names.add(hostName(new URL(publicUrl).host)!);
  for (const name of allowHosts ?? []) names.add(checkHostName(name));
  return names;
}

/** One `--allow-host` name, as it is compared. */
function checkHostName(text: string): string {
  const name = hostName(text.includes(':') && !text.startsWith('[') ? `[${text}]` : text);
  if (name === undefined || name === '') throw new Error(`allowHosts holds ${JSON.stringify(text)}, which is not a host name; expected names such as mock.ci or 10.0.0.5.`);
  return name;
}

/** Why a request's Host is refused, or undefined when it is served. A request without Host (HTTP/1.0) names no other site. */
export function hostRefusal(header: string | undefined, allowed: ReadonlySet<string> | undefined): string | undefined {
  if (allowed === undefined || header === undefined) return undefined;
  const name = hostName(header);
  if (name !== undefined && (allowed.has(name) || isLoopback(name))) return undefined;
  const shown = header.length > 64 ? `${header.slice(0, 64)}…` : header;
  return `The Host header names ${JSON.stringify(shown)}, which this mock does not answer; expected one of ${[...allowed].join(', ')} (add names with --allow-host).`;
}
