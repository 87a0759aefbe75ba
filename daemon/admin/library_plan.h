#pragma once
// One library's part of a configuration change (ConfigApplier, library_applier.cpp).
#include "app/library_builder.h"
#include "shared/library_config.h"

#include <optional>

namespace storlab::admin {

struct LibraryPlan {
    const config::LibraryConfig* before = nullptr;   // running (nullptr: new)
    const config::LibraryConfig* after = nullptr;    // wanted (nullptr: deleted)
    bool rebuild = false;                            // new, deleted, or changed beyond its media sets
    std::optional<app::BuiltLibrary> built;          // new libraries, built before the swap
};

} // namespace storlab::admin
