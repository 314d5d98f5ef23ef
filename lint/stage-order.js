/**
 * ESLint rule `wiretrace/stage-order`: a module under src/ imports only modules of its own
 * layer or of an earlier one, so the pipeline's stages stay a one-way street:
 *
 *   types/config/errors ← ingest ← clean ← text ← candidates ← align ← provenance ← cluster
 *   ← report ← workers ← store ← pipeline ← cli ← index (the library entry)
 *
 * A stage never reaches into a later stage, the report or the CLI. The layer of a file is
 * its first folder under src/ (or its own name for a file directly in src/). Imports are
 * resolved against the importing file, so `../provenance/index.js` from src/align/ is a
 * back-edge wherever it is written. Only relative specifiers are checked (packages are not
 * stages). Exceptions are listed in the rule's options, each with the reason it exists:
 *   { allow: [{ from: 'src/align/compare-pair.ts', to: 'src/provenance', reason: '…' }] }
 */
import path from 'node:path';

/** The layers, earliest first; names on one line share a layer. */
export const LAYERS = [
  ['types', 'config', 'errors'],
  ['ingest'],
  ['clean'],
  ['text'],
  ['candidates'],
  ['align'],
  ['provenance'],
  ['cluster'],
  ['report'],
  ['workers'],
  ['store'],
  ['pipeline'],
  ['cli'],
  ['index'],
];

const RANK = new Map(LAYERS.flatMap((names, rank) => names.map((name) => [name, rank])));

/** The layer name of a path relative to the repository root (`src/align/x.ts` → `align`), or null outside src/. */
export function layerOf(rel) {
  const parts = rel.split('/');
  if (parts[0] !== 'src' || parts.length < 2) return null;
  if (parts.length === 2) return parts[1].replace(/\.[cm]?[jt]s$/, '');
  return parts[1];
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'A stage imports only earlier stages and shared types (src/ layer order)' },
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            type: 'array',
            items: {
              type: 'object',
              properties: { from: { type: 'string' }, to: { type: 'string' }, reason: { type: 'string', minLength: 10 } },
              required: ['from', 'to', 'reason'],
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      backEdge: "'{{from}}' (layer {{fromLayer}}) must not import '{{to}}' (layer {{toLayer}}): a stage imports only earlier stages (order: {{order}}).",
      unknown: "'{{file}}' is under src/ but in no layer: add its folder to LAYERS in lint/stage-order.js.",
    },
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const fromLayer = layerOf(file);
    if (fromLayer === null) return {};
    if (!RANK.has(fromLayer)) {
      return {
        Program(node) {
          context.report({ node, messageId: 'unknown', data: { file } });
        },
      };
    }
    const allow = context.options[0]?.allow ?? [];
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), source.value));
      const toLayer = layerOf(target);
      if (toLayer === null || toLayer === fromLayer) return;
      const toRank = RANK.get(toLayer);
      if (toRank !== undefined && toRank <= RANK.get(fromLayer)) return;
      if (allow.some((a) => a.from === file && (target === a.to || target.startsWith(`${a.to}/`)))) return;
      context.report({
        node: source,
        messageId: 'backEdge',
        data: { from: file, fromLayer, to: target, toLayer, order: LAYERS.map((l) => l.join('/')).join(' ← ') },
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null),
    };
  },
};

/**
 * ESLint rule `wiretrace/disable-reason`: every `eslint-disable…` comment says why, after
 * ` -- ` (`// eslint-disable-next-line no-control-regex -- the ASCII range on purpose`).
 */
export const disableReason = {
  meta: {
    type: 'suggestion',
    docs: { description: 'An eslint-disable comment gives its reason after --' },
    schema: [],
    messages: { noReason: "Say why after ' -- ': an eslint-disable comment without a reason is not allowed." },
  },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const text = comment.value.trim();
          if (!/^eslint-disable(?:-next-line|-line)?\b/.test(text)) continue;
          const reason = text.split(' -- ')[1];
          if (!reason || reason.trim().length < 10) context.report({ loc: comment.loc, messageId: 'noReason' });
        }
      },
    };
  },
};
