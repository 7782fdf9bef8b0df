// Hangfire's JobStorage.Current is static: hosts started by tests in one process must not run in parallel (STACK.md).
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
