namespace ArchFixtures.BadModuleReferencesHangfire;

// The mistake under test: building a Hangfire schedule inside a module instead of declaring a RecurringJobDefinition.
internal static class ReminderSchedule
{
    public static string Daily => Hangfire.Cron.Daily(7, 30);
}
