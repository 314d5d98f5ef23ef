/**
 * The seam between a streaming scan and per-publisher template learning: a compact summary
 * per article (made in a worker), a learner fed the summaries in document order (on the
 * main thread), and the learned ProfileSet.
 */
import { learnProfiles, type ProfileSet } from '../clean/index.js';
import type { Article } from '../types.js';

/** What learning needs of one article (null while learning needs nothing per article). */
export type DocProfileSummary = null;

/** Summarises one article for learning. */
export function profileSummaryOf(article: Article): DocProfileSummary {
  void article;
  return null;
}

/** Learns templates from summaries added in document order. */
export class StreamingProfileLearner {
  add(summary: DocProfileSummary): void {
    void summary;
  }

  finish(): ProfileSet {
    return learnProfiles([]);
  }
}
