using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// The project file is Benchmarks.csproj but the assembly is AppointmentBooking.Benchmarks, so the
// default out-of-process toolchain cannot find the project to regenerate; run in process instead.
// Jobs chosen on the command line (--job short) are applied on top of this default job.
// The median is the figure the targets are set in, so it is always shown.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
    .AddColumn(StatisticColumn.Median);
BenchmarkSwitcher.FromAssembly(typeof(AppointmentBooking.Benchmarks.SlotSearchBenchmarks).Assembly).Run(args, config);
