// The only file that includes OpenSSL headers. libcrypto is opened with dlopen on the first
// digest, not linked: linking it cost every run of stegdiff about 2.7 million instructions of
// relocations and library set-up (more than half its start-up), while most runs (a table, a scan)
// never show a digest. The headers still type every function taken from it.
#include "stegdiff_crypto.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/opensslv.h>

#define SD_STRING(x) #x
#define SD_SONAME(version) "libcrypto.so." SD_STRING(version)

static pthread_once_t sd_crypto_once = PTHREAD_ONCE_INIT;
static __typeof__(&EVP_Digest) sd_evp_digest;
static EVP_MD *sd_sha256_method;

static void sd_crypto_load(void) {
    // The library the headers describe (libcrypto.so.3 for OpenSSL 3), kept open for the process.
    void *library = dlopen(SD_SONAME(OPENSSL_SHLIB_VERSION), RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return;
    __typeof__(&OPENSSL_init_crypto) init = (__typeof__(&OPENSSL_init_crypto))dlsym(library, "OPENSSL_init_crypto");
    __typeof__(&EVP_MD_fetch) fetch = (__typeof__(&EVP_MD_fetch))dlsym(library, "EVP_MD_fetch");
    __typeof__(&EVP_Digest) digest = (__typeof__(&EVP_Digest))dlsym(library, "EVP_Digest");
    if (init == NULL || fetch == NULL || digest == NULL) return;
    // No openssl.cnf: SHA-256 needs no configuration, and reading it cost more than hashing 1 MB.
    if (init(OPENSSL_INIT_NO_LOAD_CONFIG, NULL) != 1) return;
    // Fetched once, not on every call (an implicit fetch per digest costs a provider lookup).
    sd_sha256_method = fetch(NULL, "SHA256", NULL);
    if (sd_sha256_method != NULL) sd_evp_digest = digest;
}

int32_t sd_sha256(const uint8_t *bytes, size_t count, uint8_t *digest) {
    static const uint8_t empty[1] = {0};
    unsigned int length = 0;
    if (pthread_once(&sd_crypto_once, sd_crypto_load) != 0 || sd_evp_digest == NULL) return -1;
    if (sd_evp_digest(bytes != NULL ? (const void *)bytes : (const void *)empty, count, digest, &length, sd_sha256_method, NULL) != 1) return 0;
    return length == 32;
}
