#pragma once
// A list of admin calls run one after the other (what a wizard's Finish
// does): stops at the first error and reports it with the step that failed.
#include "shared/rpc_client.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace storlab::gui {

class ConnectionManager;

class RpcSequence : public QObject {
    Q_OBJECT
public:
    struct Step {
        QString description;     // translated, shown in the progress
        QString method;
        QJsonObject params;
        bool optional = false;   // a failure is reported but does not stop the rest
    };
    RpcSequence(ConnectionManager* connection, QList<Step> steps, QObject* parent = nullptr);
    void start();
    void cancel();
    bool running() const { return running_; }
    int count() const { return int(steps_.size()); }

signals:
    void progress(int index, const QString& description);
    void stepFailed(const QString& description, const rpc::RpcReply& reply);
    void finished(bool ok, const QString& error);

private:
    void next();
    ConnectionManager* connection_;
    QList<Step> steps_;
    int index_ = 0;
    bool running_ = false;
    bool cancelled_ = false;
    QStringList warnings_;
};

} // namespace storlab::gui
