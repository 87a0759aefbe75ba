#pragma once
// `storlab-media iso ...`: master, inspect, import and create optical discs.
// argv[0] is the program, argv[1] "iso", argv[2] the command.
int runIsoCommand(int argc, char** argv);
