// Expected failures. Actions turn these into { ok: false, error } results and
// route handlers into 4xx responses; anything else is a bug and is logged.
export class DomainError extends Error {
  override name = "DomainError";
  readonly status: number = 400;
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  override name = "NotFoundError";
  override readonly status = 404;
}

export class ForbiddenError extends DomainError {
  override name = "ForbiddenError";
  override readonly status = 403;
}

export class UnauthenticatedError extends DomainError {
  override name = "UnauthenticatedError";
  override readonly status = 401;
}

export class ConflictError extends DomainError {
  override name = "ConflictError";
  override readonly status = 409;
}
