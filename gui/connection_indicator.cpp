#include "gui/connection_indicator.h"

#include "gui/connection_manager.h"
#include "gui/status_icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace storlab::gui {

ConnectionIndicator::ConnectionIndicator(ConnectionManager* connection, QWidget* parent)
    : QWidget(parent), connection_(connection)
{
    setAccessibleName(tr("Connection state"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    dot_ = new QLabel(this);
    label_ = new QLabel(this);
    label_->setObjectName(QStringLiteral("connectionState"));
    retry_ = new QToolButton(this);
    retry_->setText(tr("Retry now"));
    retry_->setAccessibleName(tr("Retry the connection now"));
    retry_->setAutoRaise(true);
    layout->addWidget(dot_);
    layout->addWidget(label_);
    layout->addWidget(retry_);
    connect(retry_, &QToolButton::clicked, connection_, &ConnectionManager::retryNow);
    connect(connection_, &ConnectionManager::stateChanged, this, &ConnectionIndicator::update);
    tick_.setInterval(1000);
    connect(&tick_, &QTimer::timeout, this, &ConnectionIndicator::update);
    update();
}

QString ConnectionIndicator::text() const { return label_->text(); }

void ConnectionIndicator::update()
{
    using S = ConnectionManager::State;
    const S s = connection_->state();
    const StatusIcons::Level level = s == S::Connected ? StatusIcons::Ok
                                     : s == S::Connecting ? StatusIcons::Busy
                                     : s == S::Reconnecting ? StatusIcons::Warning
                                                            : StatusIcons::Error;
    dot_->setPixmap(StatusIcons::dot(level).pixmap(16, 16));
    label_->setText(connection_->stateText());
    label_->setAccessibleDescription(label_->text());
    retry_->setVisible(s == S::Reconnecting);
    if (s == S::Reconnecting)
        tick_.start();
    else
        tick_.stop();
}

} // namespace storlab::gui
