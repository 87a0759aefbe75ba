#pragma once
// Admin credentials (shared/PROTOCOL.md §3): PBKDF2-HMAC-SHA256 password
// hashes (RFC 8018 §5.2) and random tokens stored as SHA-256 digests.
#include <QByteArray>
#include <QString>

namespace storlab::admin {

QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int keyLength);
// "pbkdf2-sha256$<iterations>$<salt b64>$<key b64>" with a fresh 16-byte salt.
QString hashPassword(const QString& password, int iterations = 200000);
bool verifyPassword(const QString& password, const QString& stored);
// 32 random bytes, base64url without padding.
QString newToken();
// "sha256$<hex>"
QString hashToken(const QString& token);
bool verifyToken(const QString& token, const QString& stored);

} // namespace storlab::admin
