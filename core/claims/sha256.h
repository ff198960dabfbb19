#pragma once

#include <QByteArray>

#include <cstddef>

struct evp_md_ctx_st;

namespace aco {

// SHA-256 of a stream of bytes, through OpenSSL's libcrypto: it uses the processor's SHA
// instructions, several times faster than QCryptographicHash, and a delivery's files are hashed
// in full as they are read.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(const char* data, size_t size);
    // The digest as 64 lowercase hex digits; the hash then starts again.
    QByteArray hex();

private:
    evp_md_ctx_st* m_context;
};

} // namespace aco
