#pragma once
// IoCompletion: what a backing store calls once a request is done. A
// std::function keeps captures larger than two pointers on the heap, and the
// SCSI call sites capture two or three shared_ptrs, so every I/O would cost
// one malloc/free pair (issue #8: no heap allocation per I/O in steady
// state). This callable keeps its captures inline, in kCapacity bytes; a
// lambda that does not fit is a compile error, not a silent allocation.
// It is copyable (the captured callable must be), so it can still travel
// inside a std::function job on the fallback worker pools.
#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>

namespace storlab::backing {

class IoCompletion {
public:
    static constexpr size_t kCapacity = 64;

    IoCompletion() noexcept = default;
    IoCompletion(std::nullptr_t) noexcept {}

    template <class F, class Fn = std::decay_t<F>,
              class = std::enable_if_t<!std::is_same_v<Fn, IoCompletion> && std::is_invocable_r_v<void, Fn&, int>>>
    IoCompletion(F&& f)
    {
        static_assert(sizeof(Fn) <= kCapacity,
                      "IoCompletion: the captures exceed kCapacity bytes; capture a pointer to the state instead");
        static_assert(alignof(Fn) <= alignof(std::max_align_t), "IoCompletion: over-aligned callable");
        static_assert(std::is_copy_constructible_v<Fn>, "IoCompletion: the callable must be copyable");
        ::new (static_cast<void*>(storage_)) Fn(std::forward<F>(f));
        ops_ = &opsFor<Fn>;
    }

    IoCompletion(const IoCompletion& other) : ops_(other.ops_)
    {
        if (ops_)
            ops_->copy(storage_, other.storage_);
    }
    IoCompletion(IoCompletion&& other) noexcept : ops_(other.ops_)
    {
        if (ops_) {
            ops_->move(storage_, other.storage_);
            other.ops_ = nullptr;
        }
    }
    IoCompletion& operator=(IoCompletion other) noexcept
    {
        reset();
        if (other.ops_) {
            ops_ = other.ops_;
            ops_->move(storage_, other.storage_);
            other.ops_ = nullptr;
        }
        return *this;
    }
    ~IoCompletion() { reset(); }

    explicit operator bool() const noexcept { return ops_ != nullptr; }

    // result: 0 on success, -errno on failure.
    void operator()(int result) const { ops_->invoke(storage_, result); }

    void reset() noexcept
    {
        if (ops_) {
            ops_->destroy(storage_);
            ops_ = nullptr;
        }
    }

private:
    struct Ops {
        void (*invoke)(void* self, int result);
        void (*copy)(void* to, const void* from);
        void (*move)(void* to, void* from); // move-constructs `to`, destroys `from`
        void (*destroy)(void* self);
    };
    template <class Fn>
    static constexpr Ops opsFor{
        [](void* self, int result) { (*static_cast<Fn*>(self))(result); },
        [](void* to, const void* from) { ::new (to) Fn(*static_cast<const Fn*>(from)); },
        [](void* to, void* from) {
            ::new (to) Fn(std::move(*static_cast<Fn*>(from)));
            static_cast<Fn*>(from)->~Fn();
        },
        [](void* self) { static_cast<Fn*>(self)->~Fn(); },
    };

    alignas(std::max_align_t) mutable unsigned char storage_[kCapacity];
    const Ops* ops_ = nullptr;
};

} // namespace storlab::backing
