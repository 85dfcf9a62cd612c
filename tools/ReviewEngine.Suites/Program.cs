using ReviewEngine.Suites.BadInput;
using ReviewEngine.Suites.Common;
using ReviewEngine.Suites.Crash;
using ReviewEngine.Suites.Load;
using ReviewEngine.Suites.Security;

// One driver for the out-of-process suites; each prints its counts and ends with "N passed, N failed".
var options = SuiteOptions.Parse(args);
return options.Command switch
{
    "bad-input" => await BadInputSuite.RunAsync(options),
    "crash" => await CrashSuite.RunAsync(options),
    "security" => await SecuritySuite.RunAsync(options),
    "seed" => await Seeder.RunAsync(options),
    "load" => await LoadBench.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ReviewEngine.Suites bad-input|crash|security|seed|load [--repo <dir>] [--port <n>] [--data <dir>] [--kills <n>] [--cases <n>] [--seconds <n>]");
    return 2;
}
