namespace ModularSocialWork.BuildingBlocks.Modules;

/// <summary>
/// Configuration that start-up cannot work with (unknown module key, bad provider, weak bootstrap password…). The host
/// prints the message once, in plain words, and exits with code 1 instead of a stack trace.
/// </summary>
public class StartupConfigurationException(string message) : Exception(message);
