#pragma once
// Allocation-free plumbing for request contexts that carry their own link
// (`T* next`), shared by BlockingIoPool (rdwr) and KernelQueueStore
// (aio/uring). Issue #8 asks for no heap allocation per I/O in steady state:
// IntrusiveFifo queues contexts without nodes of its own, and RecycledPool
// owns them and hands out free ones, allocating only while every context is
// in use (so it grows to the peak number in flight, then stays). Neither
// locks: the owner's mutex guards them.
#include <cstddef>
#include <memory>
#include <vector>

namespace storlab::backing::detail {

template <class T>
class IntrusiveFifo {
public:
    bool empty() const { return head_ == nullptr; }
    size_t size() const { return size_; }
    T* front() const { return head_; }

    void pushBack(T* item)
    {
        item->next = nullptr;
        if (tail_)
            tail_->next = item;
        else
            head_ = item;
        tail_ = item;
        ++size_;
    }

    void pushFront(T* item)
    {
        item->next = head_;
        head_ = item;
        if (!tail_)
            tail_ = item;
        ++size_;
    }

    T* popFront()
    {
        T* item = head_;
        if (!item)
            return nullptr;
        head_ = item->next;
        if (!head_)
            tail_ = nullptr;
        item->next = nullptr;
        --size_;
        return item;
    }

private:
    T* head_ = nullptr;
    T* tail_ = nullptr;
    size_t size_ = 0;
};

template <class T>
class RecycledPool {
public:
    // A free context, or a new one when all are in use (the only allocation).
    T* acquire()
    {
        if (T* item = free_) {
            free_ = item->next;
            item->next = nullptr;
            return item;
        }
        all_.push_back(std::make_unique<T>());
        return all_.back().get();
    }

    // The caller has reset the context's per-request state.
    void release(T* item)
    {
        item->next = free_;
        free_ = item;
    }

    // Contexts ever allocated: the peak number in use at once.
    size_t allocated() const { return all_.size(); }

private:
    T* free_ = nullptr;
    std::vector<std::unique_ptr<T>> all_; // owns every context, in use or free
};

} // namespace storlab::backing::detail
