/**
 * `check --format sarif`: SARIF 2.1.0, one result per reused passage, located in the
 * incoming file by line and column (1-based; columns in UTF-16 code units, SARIF's default
 * `columnKind`), with the archived document as a related location, so code-review tools
 * show each passage inline.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ReuseKind } from '../../types.js';
import type { CheckMatch, CheckReport, CheckedDoc } from '../check-articles.js';
import type { TextRegion } from '../text-position.js';
import { matchVerdict, directionText } from './check-summary.js';
import { clip, pathToUri, percent } from '../../report/escape.js';

/** What the SARIF formatter needs besides the report. */
export interface SarifContext {
  /** Incoming paths are made relative to this directory (the repository root in CI). */
  readonly cwd: string;
  /** wiretrace's version, for `tool.driver.version`. */
  readonly version?: string;
}

/** The uriBaseId under which archived documents are named (they are not files in the checked repository). */
export const ARCHIVE_URI_BASE = 'WIRETRACE_ARCHIVE';

const RULES: readonly { id: `wiretrace/${ReuseKind}`; name: string; text: string; full: string }[] = [
  {
    id: 'wiretrace/verbatim',
    name: 'VerbatimReuse',
    text: 'Passage copied word for word from an archived article',
    full: 'The same words, in the same order, appear in an archived article. Check whether the source is credited.',
  },
  {
    id: 'wiretrace/light',
    name: 'LightlyEditedReuse',
    text: 'Passage taken from an archived article with small edits',
    full: 'The same sentences as in an archived article, with a few words changed, added or dropped.',
  },
  {
    id: 'wiretrace/rewrite',
    name: 'RewrittenReuse',
    text: 'Passage rewritten from an archived article',
    full: 'The same content as in an archived article, reworded.',
  },
];

/** Maximum characters of passage text quoted in a result message. */
const MESSAGE_QUOTE_CHARS = 200;

/**
 * The physical location of a passage in the incoming file. Text extracted from HTML has no
 * lines in the file, so such locations name the file only (the offsets into the extracted
 * text are in the result's properties).
 */
function incomingLocation(uri: string, region: TextRegion, snippet: string, lines: boolean): Record<string, unknown> {
  if (!lines) return { artifactLocation: { uri } };
  return { artifactLocation: { uri }, region: { ...region, snippet: { text: snippet } } };
}

function archivedLocation(match: CheckMatch): Record<string, unknown> {
  const url = match.archived.url;
  if (url && /^https?:\/\/[^\s]+$/i.test(url)) {
    try {
      return { uri: new URL(url).toString() };
    } catch {
      // not a usable URL: fall back to the archive id
    }
  }
  return { uri: pathToUri(match.archived.id), uriBaseId: ARCHIVE_URI_BASE };
}

function results(doc: CheckedDoc, cwd: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const relative = path.isAbsolute(doc.path) ? path.relative(cwd, doc.path) : doc.path;
  const uri = pathToUri(relative.split(path.sep).join('/'));
  const lines = doc.textOrigin === 'read';
  for (const match of doc.matches) {
    match.pair.passages.forEach((passage, i) => {
      // Stock and template passages are shown with a match but are no finding of reuse.
      if (passage.kind === 'stock' || passage.kind === 'template') return;
      const ruleIndex = RULES.findIndex((r) => r.id === `wiretrace/${passage.kind}`);
      const region = match.regions[i]!;
      const quote = clip(passage.text.replace(/\s+/g, ' ').trim(), MESSAGE_QUOTE_CHARS);
      const fingerprint = createHash('sha256').update(JSON.stringify([doc.id, match.archived.id, passage.text])).digest('hex').slice(0, 32);
      out.push({
        ruleId: RULES[ruleIndex]!.id,
        ruleIndex,
        level: match.failing ? 'error' : 'warning',
        message: {
          text: `${passage.kind} reuse (similarity ${passage.similarity.toFixed(2)}) of archived ${match.archived.id}: "${quote}". This article is ${matchVerdict(match)}; ${directionText(match)}.`,
        },
        locations: [
          {
            physicalLocation: incomingLocation(uri, region.a, passage.text, lines),
          },
        ],
        relatedLocations: [
          {
            id: 1,
            message: { text: `archived ${match.archived.id}${match.archived.source ? ` (${match.archived.source})` : ''}` },
            physicalLocation: {
              artifactLocation: archivedLocation(match),
              ...(match.archivedTextOrigin === 'read' ? { region: { ...region.b } } : {}),
            },
          },
        ],
        partialFingerprints: { 'wiretracePassage/v1': fingerprint },
        properties: {
          documentId: doc.id,
          archivedId: match.archived.id,
          derivation: match.pair.a.derivation,
          coverage: match.pair.a.coverage,
          archivedDerivation: match.pair.b.derivation,
          direction: match.pair.direction ? { source: match.pair.direction.source, copy: match.pair.direction.copy, confidence: match.pair.direction.confidence } : null,
          offsets: { start: passage.a.start, end: passage.a.end },
          archivedOffsets: { start: passage.b.start, end: passage.b.end },
          textOrigin: doc.textOrigin,
          ...(passage.quotation ? { quotation: true } : {}),
          coveragePercent: percent(match.pair.a.coverage),
        },
      });
    });
  }
  return out;
}

/** Formats a check report as a SARIF 2.1.0 log (pretty-printed JSON, ending in a newline). */
export function formatCheckSarif(report: CheckReport, context: SarifContext): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'wiretrace',
            ...(context.version ? { version: context.version } : {}),
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.text },
              fullDescription: { text: r.full },
              defaultConfiguration: { level: 'warning' },
            })),
          },
        },
        originalUriBaseIds: {
          [ARCHIVE_URI_BASE]: { description: { text: 'Documents of the wiretrace archive, by id' } },
        },
        columnKind: 'utf16CodeUnits',
        results: report.documents.flatMap((doc) => results(doc, context.cwd)),
        properties: { failOn: report.failOn, since: report.since, checked: report.documents.length, failed: report.failed },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
