// Plain-C facade over OpenSSL's libcrypto for stegdiff: only our own names and fixed-width types,
// so no OpenSSL type or header reaches Swift (the .c file is the only one that includes them).
#ifndef STEGDIFF_CRYPTO_H
#define STEGDIFF_CRYPTO_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes the 32-byte SHA-256 digest of `count` bytes at `bytes` to `digest`; returns 1 on
/// success, 0 when libcrypto failed, -1 when libcrypto could not be loaded (it is opened on the
/// first call). `bytes` may be NULL when `count` is 0. Safe to call from several threads.
int32_t sd_sha256(const uint8_t *bytes, size_t count, uint8_t *digest);

#ifdef __cplusplus
}
#endif

#endif
