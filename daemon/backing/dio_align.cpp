// statx(STATX_DIOALIGN) in its own translation unit: glibc 2.36's struct statx
// lacks the stx_dio_* fields, and it clashes with the kernel's <linux/stat.h>
// definition, so this file uses only the kernel header and the raw syscall.
#include <linux/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstddef>
#include <cstring>

#ifndef AT_EMPTY_PATH
#define AT_EMPTY_PATH 0x1000
#endif

namespace storlab::backing::detail {

bool queryDioAlign(int fd, size_t& memAlign, size_t& offsetAlign)
{
#if defined(SYS_statx) && defined(STATX_DIOALIGN)
    struct statx stx;
    std::memset(&stx, 0, sizeof stx);
    if (::syscall(SYS_statx, fd, "", AT_EMPTY_PATH, STATX_DIOALIGN, &stx) != 0)
        return false;
    if (!(stx.stx_mask & STATX_DIOALIGN) || stx.stx_dio_mem_align == 0 || stx.stx_dio_offset_align == 0)
        return false;
    memAlign = stx.stx_dio_mem_align;
    offsetAlign = stx.stx_dio_offset_align;
    return true;
#else
    (void)fd; (void)memAlign; (void)offsetAlign;
    return false;
#endif
}

} // namespace storlab::backing::detail
