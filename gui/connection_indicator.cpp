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

int ConnectionIndicator::levelOf(int state)
{
    using S = ConnectionManager::State;
    switch (S(state)) {
    case S::Connected:
        return StatusIcons::Ok;
    case S::Connecting:
        return StatusIcons::Busy;
    case S::Reconnecting:
        return StatusIcons::Warning;
    case S::Disconnected:
        break;
    }
    return StatusIcons::Error;
}

QString ConnectionIndicator::text() const { return label_->text(); }

void ConnectionIndicator::update()
{
    using S = ConnectionManager::State;
    const S s = connection_->state();
    dot_->setPixmap(StatusIcons::dot(StatusIcons::Level(levelOf(int(s)))).pixmap(16, 16));
    label_->setText(connection_->stateText());
    label_->setAccessibleDescription(label_->text());
    retry_->setVisible(s == S::Reconnecting);
    if (s == S::Reconnecting)
        tick_.start();
    else
        tick_.stop();
}

} // namespace storlab::gui
