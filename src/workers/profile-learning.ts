/**
 * The seam between a streaming scan and per-publisher template learning: a compact summary
 * per article (made in a worker: hashes of its normalised lines, see the clean stage's
 * `summarizeForProfiles`), a learner fed the summaries in document order on the main
 * thread, and the learned ProfileSet. No text crosses threads except short lines.
 */
import { ProfileLearner, summarizeForProfiles, type ProfileSet, type ProfileSummary } from '../clean/index.js';
import type { Article } from '../types.js';

/** What learning needs of one article. */
export type DocProfileSummary = ProfileSummary;

/** Summarises one article for learning. */
export function profileSummaryOf(article: Article): DocProfileSummary {
  return summarizeForProfiles(article);
}

/** Learns templates from summaries added in document order. */
export class StreamingProfileLearner {
  private readonly learner = new ProfileLearner();

  add(summary: DocProfileSummary | null): void {
    if (summary) this.learner.add(summary);
  }

  finish(): ProfileSet {
    return this.learner.finish();
  }
}
