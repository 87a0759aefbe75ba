#pragma once
// The icons of the tree and the status bar: QStyle standard icons for the
// kinds of objects and small painted status dots. No image files.
#include <QIcon>

namespace storlab::gui {

class StatusIcons {
public:
    enum Level { Ok, Idle, Warning, Error, Busy };
    static QIcon dot(Level level);
    static QColor color(Level level);
    static QIcon group();
    static QIcon portal();
    static QIcon target();
    static QIcon lun(const QString& type);
    static QIcon session();
    static QIcon library(bool dvd);
    static QIcon application();     // painted storlab mark for the window
};

} // namespace storlab::gui
