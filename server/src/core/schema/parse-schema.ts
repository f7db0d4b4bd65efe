import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import { codeCatalog } from '../code-catalog.js';
import { isDiagnosticCode, type SeveritySetting } from '../diagnostics.js';
import type { ActorEntry, ActorKind, ClaimsSchema, Credibility, Reliability, SchemaProblem, SourceEntry, Vocabulary } from './types.js';
import { describeNode, entriesOf, spanOf, stringOf } from './yaml-nodes.js';
import { checkActors } from './check-actors.js';
import { duplicateKeys } from './duplicate-keys.js';
import { streamPlainYaml } from './plain-yaml.js';
import { nearestWord } from '../text/nearest.js';
import type { Span } from '../text/line-index.js';

const topLevelKeys = ['version', 'estimative', 'sources', 'actors', 'rules'];
const sourceKeys = ['title', 'publisher', 'date', 'url', 'file', 'reliability', 'credibility'];
const actorKeys = ['name', 'kind', 'aliases', 'note', 'related'];
const actorKinds: ActorKind[] = ['state', 'person', 'organization', 'group', 'place', 'other'];
const severities: SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

type EntryReader = (key: string, value: Node | null, keyNode: Node) => void;

/**
 * Parses claims-schema.yaml into its valid parts plus positioned problems.
 * Never throws: whatever is wrong becomes a `schema-error` at its YAML node,
 * and everything that is right is still served.
 */
export function parseClaimsSchema(text: string): ClaimsSchema {
  return readPlainSchema(text) ?? schemaOfDocument(text, parseYaml(text));
}

/**
 * The schema as the plain reader reads it, each root entry and each entry of
 * sources, actors and rules read into the schema as soon as it is read, so
 * its nodes die young: kept as a tree until the end, the nodes of 50,000 actors
 * were copied by every young-generation collection of the read. The same
 * schema as `schemaOfDocument` of the same text (a property test compares
 * them); undefined where the reader declines, and what it had read is dropped.
 */
function readPlainSchema(text: string): ClaimsSchema | undefined {
  const schema = emptySchema();
  const reader = new SchemaReader(schema);
  const duplicatesRead = streamPlainYaml(text, {
    section: (key) => {
      const read = reader.sectionReader(String(key.value));
      return read && ((entryKey: Scalar, value: Node) => read(String(entryKey.value), value, entryKey));
    },
    root: (key, value) => reader.readRootEntry(String(key.value), value, key),
  });
  if (!duplicatesRead) return undefined;
  schema.syntaxErrors = 0;
  schema.problems = duplicateProblems(text, duplicatesRead).sort(byStart).concat(schema.problems);
  reader.finish();
  return schema;
}

/** The YAML library's parse, which the plain reader stands in for where it can. */
export function parseYaml(text: string): Document {
  return parseDocument(text, { prettyErrors: false, uniqueKeys: false });
}

/** The schema in one parsed YAML document of the text; its duplicate keys found here unless the reader noted them. */
export function schemaOfDocument(text: string, doc: Document, duplicatesRead?: Array<{ span: Span }>): ClaimsSchema {
  const schema = emptySchema();
  schema.syntaxErrors = doc.errors.length;
  const yamlProblems = doc.errors.map((error) => problem(firstLine(error.message), { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0] + 1) }));
  const duplicates = duplicateProblems(text, duplicatesRead ?? duplicateKeys(doc));
  // Never pushed as spread arguments: 130,000 of them overflow the stack.
  schema.problems = yamlProblems.concat(duplicates).sort(byStart);
  const root = doc.contents;
  if (root === null || root === undefined) return schema;
  if (!isMap(root)) {
    schema.problems.push(problem(`Expected a mapping with version, sources and actors, got ${describeNode(root)}.`, spanOf(root)));
    return schema;
  }
  const reader = new SchemaReader(schema);
  for (const { key, pair, keyNode } of entriesOf(root)) reader.readRootEntry(key, pair.value as Node | null, keyNode);
  reader.finish();
  return schema;
}

function emptySchema(): ClaimsSchema {
  return { version: 1, estimative: 'icd-203', sources: new Map(), actors: new Map(), rules: {}, problems: [] };
}

function duplicateProblems(text: string, found: Array<{ span: Span }>): SchemaProblem[] {
  return found.map(({ span }) => problem(`Duplicate key "${text.slice(span.start, span.end)}"; the later entry wins.`, span));
}

const byStart = (a: SchemaProblem, b: SchemaProblem): number => a.span.start - b.span.start;

function problem(message: string, span: { start: number; end: number }): SchemaProblem {
  return { code: 'schema-error', message, span };
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

/**
 * Reads the root's entries in document order, filling the schema and
 * recording problems; the entries of sources, actors and rules either in their
 * mapping's node or handed over one by one (`sectionReader`), to the same effect.
 */
class SchemaReader {
  constructor(private readonly schema: ClaimsSchema) {}

  readRootEntry(key: string, value: Node | null, keyNode: Node): void {
    if (key === 'version') this.readVersion(value);
    else if (key === 'estimative') this.readVocabulary(value);
    else if (key === 'sources' || key === 'actors' || key === 'rules') this.forEachEntry(value, key, this.sectionReader(key)!);
    else this.unknownKey(key, keyNode, topLevelKeys);
  }

  /** How an entry of the root's section `key` is read, if it is one with entries. */
  sectionReader(key: string): EntryReader | undefined {
    if (key === 'sources') return (k, v, kn) => this.readSource(k, v, kn);
    if (key === 'actors') return (k, v, kn) => this.readActor(k, v, kn);
    if (key === 'rules') return (k, v, kn) => this.readRule(k, v, kn);
    return undefined;
  }

  /** Once every entry is read: aliases claimed by two actors and related keys naming no actor. */
  finish(): void {
    this.schema.problems = this.schema.problems.concat(checkActors(this.schema.actors));
  }

  private readVersion(node: Node | null): void {
    if (isScalar(node) && node.value === 1) return;
    this.report(`Unsupported schema version ${stringOf(node) ?? describeNode(node)}; expected 1.`, node);
  }

  private readVocabulary(node: Node | null): void {
    const value = stringOf(node);
    if (value === 'icd-203' || value === 'phia') this.schema.estimative = value as Vocabulary;
    else this.report(`Unknown estimative vocabulary ${JSON.stringify(value ?? describeNode(node))}; expected icd-203 or phia.`, node);
  }

  private forEachEntry(node: Node | null, section: string, read: EntryReader): void {
    if (node === null || (isScalar(node) && node.value === null)) return;
    if (!isMap(node)) return this.report(`Expected ${section} to be a mapping of keys, got ${describeNode(node)}.`, node);
    for (const { key, pair, keyNode } of entriesOf(node)) read(key, pair.value as Node | null, keyNode);
  }

  private readSource(key: string, node: Node | null, keyNode: Node): void {
    const entry: SourceEntry = { key, keySpan: spanOf(keyNode) };
    if (node !== null && !isMap(node)) return this.report(`Expected source "${key}" to be a mapping (title, url, file …), got ${describeNode(node)}.`, node);
    for (const { key: field, pair, keyNode: fieldNode } of node ? entriesOf(node) : []) {
      const value = pair.value as Node | null;
      if (!sourceKeys.includes(field)) this.unknownKey(field, fieldNode, sourceKeys);
      else if (field === 'reliability') entry.reliability = this.readGrade(value, ['A', 'B', 'C', 'D', 'E', 'F'], 'reliability') as Reliability | undefined;
      else if (field === 'credibility') entry.credibility = this.readCredibility(value);
      else {
        const text = this.readString(value, `${field} of source "${key}"`);
        if (text !== undefined) (entry as unknown as Record<string, string>)[field] = text;
        if (field === 'file') entry.fileSpan = spanOf(value);
      }
    }
    this.schema.sources.set(key, entry);
  }

  private readActor(key: string, node: Node | null, keyNode: Node): void {
    if (!isMap(node)) return this.report(`Expected actor "${key}" to be a mapping (name, kind, aliases …), got ${describeNode(node)}.`, node ?? keyNode);
    const entry: ActorEntry = { key, name: key, kind: 'other', aliases: [], aliasSpans: [], related: [], relatedSpans: [], keySpan: spanOf(keyNode) };
    // The pairs are read in place, not through entriesOf: 50,000 actors made a list of entries each.
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const field = String(pair.key.value);
      const value = pair.value as Node | null;
      if (field === 'name') entry.name = this.readString(value, `name of actor "${key}"`) ?? entry.name;
      else if (field === 'aliases') {
        // A key written twice: the later entry wins, as the duplicate-key problem says.
        entry.aliases = [];
        entry.aliasSpans = [];
        this.readStringList(value, `aliases of actor "${key}"`, entry.aliases, entry.aliasSpans);
        entry.aliasesSpan = spanOf(value);
      } else if (field === 'kind') entry.kind = (this.readGrade(value, actorKinds, 'kind') as ActorKind | undefined) ?? 'other';
      else if (field === 'note') entry.note = this.readString(value, `note of actor "${key}"`);
      else if (field === 'related') {
        entry.related = [];
        entry.relatedSpans = [];
        this.readStringList(value, `related of actor "${key}"`, entry.related, entry.relatedSpans);
      }
      else this.unknownKey(field, pair.key as Node, actorKeys);
    }
    this.schema.actors.set(key, entry);
  }

  private readRule(code: string, value: Node | null, keyNode: Node): void {
    if (!isDiagnosticCode(code)) {
      const nearest = nearestWord(code, Object.keys(codeCatalog));
      return this.report(`Unknown rule "${code}"; ${nearest ? `did you mean "${nearest}"?` : `known rules: ${Object.keys(codeCatalog).join(', ')}.`}`, keyNode);
    }
    const setting = this.readGrade(value, severities, `severity of ${code}`) as SeveritySetting | undefined;
    if (setting) this.schema.rules[code] = setting;
  }

  private readString(node: Node | null, what: string): string | undefined {
    const value = stringOf(node);
    if (value === undefined) this.report(`Expected ${what} to be a string, got ${describeNode(node)}.`, node);
    return value;
  }

  /** Reads a list of strings into `values` and their spans into `spans`; anything else is reported. */
  private readStringList(node: Node | null, what: string, values: string[], spans: Span[]): void {
    if (!isSeq(node)) return this.report(`Expected ${what} to be a list of strings, got ${describeNode(node)}.`, node);
    for (const item of node.items) {
      const value = stringOf(item);
      if (value === undefined) this.report(`Expected each of ${what} to be a string, got ${describeNode(item)}.`, item);
      else {
        values.push(value);
        spans.push(spanOf(item));
      }
    }
  }

  private readGrade(node: Node | null, allowed: readonly string[], what: string): string | undefined {
    const value = stringOf(node);
    if (value !== undefined && allowed.includes(value)) return value;
    this.report(`Unexpected ${what} ${JSON.stringify(value ?? describeNode(node))}, expected one of ${allowed.join(', ')}.`, node);
    return undefined;
  }

  private readCredibility(node: Node | null): Credibility | undefined {
    const value = Number(stringOf(node));
    if (Number.isInteger(value) && value >= 1 && value <= 6) return value as Credibility;
    this.report(`Unexpected credibility ${JSON.stringify(stringOf(node) ?? describeNode(node))}, expected a grade from 1 to 6.`, node);
    return undefined;
  }

  private unknownKey(key: string, keyNode: Node, allowed: string[]): void {
    this.report(`Unknown key "${key}", expected one of ${allowed.join(', ')}.`, keyNode);
  }

  private report(message: string, node: unknown): void {
    this.schema.problems.push(problem(message, spanOf(node)));
  }
}
