// Failures met while reading or anchoring content. They are authoring mistakes
// (a bad file, a quote that is not in its passage), so each names what to fix.

export class ContentError extends Error {
  override name = "ContentError";
}

/** A content file that cannot be read or does not match its schema. */
export class ContentFileError extends ContentError {
  override name = "ContentFileError";
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}: ${problems.join("; ")}`);
  }
}

/** The quote does not occur in the passage (or not with the given prefix/suffix). */
export class QuoteNotFoundError extends ContentError {
  override name = "QuoteNotFoundError";
  constructor(
    readonly quote: string,
    readonly reason: "absent" | "context-mismatch",
  ) {
    super(
      reason === "absent"
        ? `quote not found verbatim: "${quote}"`
        : `quote found, but never with the given prefix/suffix: "${quote}"`,
    );
  }
}

/** The quote occurs more than once and nothing says which occurrence is meant. */
export class QuoteAmbiguousError extends ContentError {
  override name = "QuoteAmbiguousError";
  constructor(
    readonly quote: string,
    readonly occurrences: number,
  ) {
    super(`quote occurs ${occurrences} times; add a prefix or suffix to pick one: "${quote}"`);
  }
}

/** The cited article or passage does not exist. */
export class PassageNotFoundError extends ContentError {
  override name = "PassageNotFoundError";
  constructor(
    readonly article: string,
    readonly passage?: string,
  ) {
    super(passage === undefined ? `unknown article "${article}"` : `article "${article}" has no passage ${passage}`);
  }
}
