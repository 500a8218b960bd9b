// One consistent EM inventory: the spec's example members, and seeded variations of them (new IDs, names, dates and
// values) that link to each other: backup servers ⊃ backups ⊃ restore points ⊃ backup files ⊃ VM restore points.
import { type ExampleMember, exampleMembers, type FieldModel, queryTypes } from './model.ts';
import { backupFileName, backupName, backupServerName, sqlDisplayName, vmName, vmRestorePointName } from './names.ts';
import { between, flat, pick, type Random, seeded, uuid } from './random.ts';

export interface Member {
  readonly type: string;
  /** Lower-case UUID. */
  readonly id: string;
  readonly name: string;
  readonly parent: Member | undefined;
  /** The instant of the type's date property, in ms. */
  readonly time: number | undefined;
  /** Own scalar properties: all of them for an example member, the varied ones for a generated one. */
  readonly values: Readonly<Record<string, unknown>>;
  /** The spec's own member, when this is one. */
  readonly example: ExampleMember | undefined;
  /** The example member this one varies (itself for an example member). */
  readonly template: Member;
  /** The members directly below this one. */
  children?: Member[];
}

// Generation policy (the spec cannot say it): which type nests under which, read from the top.
const PARENT: Readonly<Record<string, string | undefined>> = {
  BackupServer: undefined,
  Backup: 'BackupServer',
  RestorePoint: 'Backup',
  BackupFile: 'RestorePoint',
  VmRestorePoint: 'BackupFile',
};
const RESTORE_POINTS_PER_BACKUP = 50;
const RESTORE_POINTS_PER_SERVER = 25_000;
const DAY = 86_400_000;
// Fixed, so the inventory does not depend on when the mock starts.
const EPOCH = Date.UTC(2024, 0, 1);

export const DEFAULT_SEED = 'vbem-mock';

export interface InventoryOptions {
  /** Restore points in the inventory, the examples' included (default: only the examples'). */
  restorePoints?: number;
  /** The same seed gives the same inventory (default `vbem-mock`). */
  seed?: string;
}

const scalars = (entity: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(entity).filter(([, v]) => v === null || typeof v !== 'object'));

export class Inventory {
  readonly #byType = new Map<string, Member[]>();
  // Indexed per type on its first lookup: queries never need it, and building it for every member costs time at start.
  readonly #byId = new Map<string, Map<string, Member>>();

  constructor(options: InventoryOptions = {}) {
    const templates = this.#addExamples();
    const examplePoints = this.all('RestorePoint').length;
    const generated = Math.max(0, (options.restorePoints ?? examplePoints) - examplePoints);
    if (generated > 0) this.#generate(generated, seeded(options.seed ?? DEFAULT_SEED), templates);
  }

  all(type: string): readonly Member[] {
    return this.#byType.get(type) ?? [];
  }

  get(type: string, id: string): Member | undefined {
    let index = this.#byId.get(type);
    if (!index) {
      index = new Map(this.all(type).map((m) => [m.id, m]));
      this.#byId.set(type, index);
    }
    return index.get(id.toLowerCase());
  }

  /** The members of `type` below `member` (its children, or theirs). */
  below(member: Member, type: string): Member[] {
    const found: Member[] = [];
    let level: Member[] = [member];
    while (level.length > 0) {
      const next: Member[] = [];
      for (const m of level) for (const child of m.children ?? []) (child.type === type ? found : next).push(child);
      level = next;
    }
    return found;
  }

  /** The member of `type` that `member` belongs to (itself when it is of that type). */
  static ancestor(member: Member, type: string): Member | undefined {
    let m: Member | undefined = member;
    while (m !== undefined && m.type !== type) m = m.parent;
    return m;
  }

  #add(member: Member): Member {
    let list = this.#byType.get(member.type);
    if (!list) this.#byType.set(member.type, (list = []));
    list.push(member);
    this.#byId.delete(member.type);
    if (member.parent) (member.parent.children ??= []).push(member);
    return member;
  }

  /** The examples' members, parents first; returns the template of each type (its first example member). */
  #addExamples(): Map<string, Member> {
    const templates = new Map<string, Member>();
    const order = Object.keys(PARENT);
    const sorted = [...exampleMembers].sort((a, b) => rank(order, a.type) - rank(order, b.type));
    for (const example of sorted) {
      const source = example.entity ?? example.ref ?? {};
      const parentType = PARENT[example.type];
      const linked = ((source['Links'] as Record<string, unknown>[] | null | undefined) ?? [])
        .filter((link) => link['Rel'] === 'Up' && link['Type'] === `${parentType}Reference`)
        .map((link) => this.get(parentType!, String(link['Href']).split('?')[0]!.split('/').pop()!))
        .find((m) => m !== undefined);
      const dateProperty = queryTypes.get(example.type.toLowerCase())?.dateProperty;
      const date = dateProperty === undefined ? undefined : source[dateProperty];
      const member = {
        type: example.type,
        id: example.id,
        name: String(source['Name'] ?? ''),
        parent: parentType === undefined ? undefined : (linked ?? templates.get(parentType)),
        time: typeof date === 'string' ? Date.parse(date) : undefined,
        values: scalars(source),
        example,
      } as Omit<Member, 'template'> as Member;
      (member as { template: Member }).template = member;
      this.#add(member);
      if (!templates.has(example.type)) templates.set(example.type, member);
    }
    return templates;
  }

  #generate(restorePoints: number, random: Random, templates: Map<string, Member>): void {
    const make = (type: string, parent: Member | undefined, name: string, time: number | undefined, strings: Record<string, string> = {}): Member | undefined => {
      const template = templates.get(type);
      if (!template) return undefined;
      return this.#add({ type, id: uuid(random), name: flat(name), parent, time, values: varied(type, template, random, strings), example: undefined, template });
    };
    const servers = [...this.all('BackupServer')];
    const extraServers = Math.ceil(restorePoints / RESTORE_POINTS_PER_SERVER);
    for (let i = 0; i < extraServers; i++) {
      const server = make('BackupServer', undefined, backupServerName(31 + i), undefined);
      if (server) servers.push(server);
    }
    const backups = Math.ceil(restorePoints / RESTORE_POINTS_PER_BACKUP);
    for (let b = 0; b < backups && servers.length > 0; b++) {
      const backup = make('Backup', servers[b % servers.length], backupName(b + 1), undefined);
      if (!backup) return;
      const points = Math.floor(restorePoints / backups) + (b < restorePoints % backups ? 1 : 0);
      const vms = Array.from({ length: between(random, 1, 3) }, () => vmName(between(random, 0, 999)));
      let time = EPOCH + between(random, 0, 365) * DAY;
      for (let k = 0; k < points; k++) {
        time += DAY + between(random, -3_600, 3_600) * 1000 + between(random, 0, 999);
        const point = make('RestorePoint', backup, sqlDisplayName(time), time);
        if (!point) continue;
        const file = make('BackupFile', point, '', time);
        if (file) {
          const tag = uuid(random).slice(0, 4).toUpperCase();
          (file as { name: string }).name = flat(backupFileName(backup.name, time, tag, String(file.values['FileType'] ?? 'vbk')));
        }
        for (const vm of vms) make('VmRestorePoint', file ?? point, vmRestorePointName(vm, time), time, { VmDisplayName: vm });
      }
    }
  }
}

const rank = (order: string[], type: string): number => (order.includes(type) ? order.indexOf(type) : order.length);

/** The queryable own properties a generated member of `type` varies (from the spec's fields): not UID, Name or its date. */
export function variedFields(type: string): readonly [string, FieldModel][] {
  const cached = variedByType.get(type);
  if (cached) return cached;
  const model = queryTypes.get(type.toLowerCase());
  const fields: [string, FieldModel][] = [];
  for (const field of Object.values(model?.fields ?? {})) {
    const property = field.property;
    if (property === undefined || property.of !== undefined || property.name === 'UID' || property.name === 'Name' || property.name === model?.dateProperty) continue;
    if (!fields.some(([name]) => name === property.name)) fields.push([property.name, field]);
  }
  variedByType.set(type, fields);
  return fields;
}

// Asked for every member rendered: computed once per type.
const variedByType = new Map<string, readonly [string, FieldModel][]>();

/** The own values of a new member of `type`: every varied property by its kind. */
function varied(type: string, template: Member, random: Random, strings: Record<string, string>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, field] of variedFields(type)) {
    const base = template.values[name];
    if (strings[name] !== undefined) values[name] = strings[name];
    else if (field.enum) values[name] = pick(random, field.enum);
    else if (field.type === 'integer') values[name] = typeof base === 'number' ? Math.round(base * (0.5 + random())) : between(random, 1, 1_000_000);
    else if (field.type === 'number') values[name] = typeof base === 'number' ? Math.round(base * (0.5 + random()) * 100) / 100 : Math.round(random() * 1000) / 100;
  }
  return values;
}
