package dev.guidepost.cache;

import java.security.SecureRandom;

/**
 * The result cache's content hash: SipHash-2-4 with a 128-bit output (Aumasson and Bernstein), under
 * a secret key that each cache file draws at random and keeps in its header.
 *
 * <p>Why not SHA-256: a check runs its code compiled by C1 only, which has no SHA intrinsic, and
 * hashes every file it reads: SHA-256 ran at ~150 MB/s there, this at ~750 MB/s (docs/performance.md,
 * Round 12). Why it is still safe: a keyed SipHash is a pseudo-random function, so two contents
 * collide by chance (2<sup>-128</sup> for a pair) unless one knows the key, and the key is kept only
 * beside the results it protects, in the user's cache folder: whoever can read it can rewrite the
 * results anyway. A repository's author cannot make a changed file hash as the recorded one did.
 */
public final class ContentHash {

    /** Bytes of a key. */
    public static final int KEY_BYTES = 16;
    /** Bytes of a hash. */
    public static final int HASH_BYTES = 16;

    private final long k0;
    private final long k1;

    private ContentHash(long k0, long k1) {
        this.k0 = k0;
        this.k1 = k1;
    }

    /** The hash under {@code key} ({@value #KEY_BYTES} bytes). */
    public static ContentHash of(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a SipHash key has " + KEY_BYTES + " bytes, not " + key.length);
        }
        return new ContentHash(littleEndian(key, 0), littleEndian(key, 8));
    }

    /** The hash under a new key from {@code random}. */
    public static ContentHash random(SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return of(key);
    }

    /** The key, as {@link #of(byte[])} takes it. */
    public byte[] key() {
        byte[] key = new byte[KEY_BYTES];
        putLittleEndian(key, 0, k0);
        putLittleEndian(key, 8, k1);
        return key;
    }

    /** The {@value #HASH_BYTES}-byte hash of {@code message}, as the reference implementation writes it. */
    public byte[] hash(byte[] message) {
        long v0 = 0x736f6d6570736575L ^ k0;
        long v1 = 0x646f72616e646f6dL ^ k1 ^ 0xee;
        long v2 = 0x6c7967656e657261L ^ k0;
        long v3 = 0x7465646279746573L ^ k1;
        int length = message.length;
        int whole = length & ~7;
        for (int i = 0; i < whole; i += 8) {
            long m = littleEndian(message, i);
            v3 ^= m;
            // two compression rounds, written out: C1 inlines no helper that returns four values
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
            v0 ^= m;
        }
        long last = ((long) length) << 56;
        for (int i = whole; i < length; i++) {
            last |= (message[i] & 0xffL) << (8 * (i - whole));
        }
        long[] v = {v0, v1, v2, v3};
        v[3] ^= last;
        rounds(v, 2);
        v[0] ^= last;
        v[2] ^= 0xee;
        rounds(v, 4);
        byte[] out = new byte[HASH_BYTES];
        putLittleEndian(out, 0, v[0] ^ v[1] ^ v[2] ^ v[3]);
        v[1] ^= 0xdd;
        rounds(v, 4);
        putLittleEndian(out, 8, v[0] ^ v[1] ^ v[2] ^ v[3]);
        return out;
    }

    private static void rounds(long[] v, int count) {
        for (int r = 0; r < count; r++) {
            v[0] += v[1]; v[1] = Long.rotateLeft(v[1], 13); v[1] ^= v[0]; v[0] = Long.rotateLeft(v[0], 32);
            v[2] += v[3]; v[3] = Long.rotateLeft(v[3], 16); v[3] ^= v[2];
            v[0] += v[3]; v[3] = Long.rotateLeft(v[3], 21); v[3] ^= v[0];
            v[2] += v[1]; v[1] = Long.rotateLeft(v[1], 17); v[1] ^= v[2]; v[2] = Long.rotateLeft(v[2], 32);
        }
    }

    private static long littleEndian(byte[] bytes, int at) {
        return (bytes[at] & 0xffL) | (bytes[at + 1] & 0xffL) << 8 | (bytes[at + 2] & 0xffL) << 16
                | (bytes[at + 3] & 0xffL) << 24 | (bytes[at + 4] & 0xffL) << 32 | (bytes[at + 5] & 0xffL) << 40
                | (bytes[at + 6] & 0xffL) << 48 | (bytes[at + 7] & 0xffL) << 56;
    }

    private static void putLittleEndian(byte[] bytes, int at, long value) {
        for (int i = 0; i < 8; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
