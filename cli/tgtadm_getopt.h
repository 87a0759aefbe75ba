#pragma once
// A getopt_long work-alike for the tgtadm front-end: GNU argument
// permutation, `--name=value`, unique abbreviations of long options, bundled
// short options, and glibc's diagnostics on stderr. tgtadm's exact syntax
// (including its quirks, e.g. -F and -O taking an argument in short form)
// depends on these rules, so they are reproduced rather than approximated.
#include <QList>
#include <QString>
#include <QStringList>

namespace storlab::cli::tgtadm {

struct LongOption {
    const char* name;
    bool hasArg;
    char val;
};

class Getopt {
public:
    // `shortOptions` in getopt syntax ("ab:c"); argv[0] is the program name for messages.
    Getopt(QStringList argv, const char* shortOptions, QList<LongOption> longOptions);
    // Next option character, '?' after an error (already printed), or -1 at the end.
    int next();
    QString optarg() const { return optarg_; }
    // The first argument that is not an option (tgtadm rejects it), if any.
    QString firstNonOption() const { return nonOptions_.value(0); }

private:
    int longOption(const QString& body);
    int shortOption();

    QStringList argv_;
    QString shortOptions_;
    QList<LongOption> longOptions_;
    int index_ = 1;
    QString bundle_;          // the rest of a bundle of short options ("-dh" -> "h")
    QString optarg_;
    QStringList nonOptions_;
};

} // namespace storlab::cli::tgtadm
