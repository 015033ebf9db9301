/**
 * A fault line: announced at once (role="alert"), in the fault colour; nothing when there is none.
 */

/** @returns the line, or nothing for an empty message */
export function Fault({ message }: { message: string }) {
  return message ? (
    <p role="alert" class="fault">
      {message}
    </p>
  ) : null;
}
