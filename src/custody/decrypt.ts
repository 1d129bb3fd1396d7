/**
 * AES-256-GCM decryption whose every intermediate plaintext buffer is zeroed.
 *
 * `decipher.update()` and `decipher.final()` each return a fresh Buffer holding plaintext (GCM hands out
 * the plaintext of `update()` before `final()` has checked the tag), and `Buffer.concat` may place its
 * result in Node's shared allocation pool. This helper copies both pieces into one caller-owned
 * `Uint8Array` (never pooled) and zeroes the pieces in a `finally`, so no copy of a seed or data key is
 * left for the garbage collector, including when authentication fails.
 */
import type { DecipherGCM } from 'node:crypto'

/**
 * Runs `update(ciphertext)` then `final()` on a GCM decipher whose key, iv, AAD and tag are already set
 * (NIST SP 800-38D).
 *
 * @param decipher   an `aes-256-gcm` decipher with `setAAD` and `setAuthTag` called
 * @param ciphertext the bytes to decrypt
 * @returns the plaintext in a new, unpooled `Uint8Array` of the ciphertext's length; the caller zeroes
 *          it (`fill(0)`) after use
 * @throws the decipher's own error (e.g. "Unsupported state or unable to authenticate data") when the
 *         tag does not match; every intermediate buffer is zeroed before it propagates
 */
export function decryptZeroing(decipher: DecipherGCM, ciphertext: Uint8Array): Uint8Array {
  let head: Buffer | undefined
  let tail: Buffer | undefined
  try {
    head = decipher.update(ciphertext)
    tail = decipher.final()
    const out = new Uint8Array(head.length + tail.length)
    out.set(head, 0)
    out.set(tail, head.length)
    return out
  } finally {
    head?.fill(0)
    tail?.fill(0)
  }
}
