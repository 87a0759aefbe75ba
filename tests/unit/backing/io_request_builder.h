#pragma once
// rq(): one IoRequest in one expression, for the backing store tests.
#include "backing/backing_store.h"

#include <cstdint>

namespace storlab::backing {

inline IoRequest rq(IoOp op, uint64_t offset, uint64_t length, uint8_t* buffer = nullptr, bool fua = false)
{
    IoRequest r;
    r.op = op;
    r.offset = offset;
    r.length = length;
    r.buffer = buffer;
    r.fua = fua;
    return r;
}

} // namespace storlab::backing
