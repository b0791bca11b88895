/**
 * Errors are values in the domain: every fallible function returns a Result instead of throwing,
 * so the faces (custom functions, task pane, CLI) decide how to show a failure.
 */
export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err<E> = { readonly ok: false; readonly error: E };
export type Result<T, E> = Ok<T> | Err<E>;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = <E>(error: E): Err<E> => ({ ok: false, error });
