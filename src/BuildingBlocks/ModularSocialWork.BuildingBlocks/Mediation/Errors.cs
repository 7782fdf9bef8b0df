namespace ModularSocialWork.BuildingBlocks.Mediation;

/// <summary>Expected failures a handler reports; the host turns each into a ProblemDetails with the matching status.</summary>
public abstract class AppException(string message) : Exception(message)
{
    public abstract int StatusCode { get; }

    /// <summary>
    /// Extra members of the ProblemDetails (RFC 9457 extensions), e.g. the id of the record a 409 conflicts with, so an
    /// endpoint never has to catch an exception only to add a field.
    /// </summary>
    public virtual IReadOnlyDictionary<string, object?> ProblemExtensions { get; } = new Dictionary<string, object?>();
}

/// <summary>404: not there, or not visible to this user (existence is never leaked).</summary>
public sealed class NotFoundException(string message = "找不到该记录。") : AppException(message)
{
    public override int StatusCode => 404;
}

/// <summary>409: a stale write or a state that does not allow the action.</summary>
public sealed class ConflictException(string message) : AppException(message)
{
    public override int StatusCode => 409;
}

/// <summary>403: signed in but lacking the permission.</summary>
public sealed class ForbiddenException(string message = "您没有执行此操作的权限。") : AppException(message)
{
    public override int StatusCode => 403;
}

/// <summary>401: the request needs a signed-in user.</summary>
public sealed class UnauthenticatedException(string message = "请先登录。") : AppException(message)
{
    public override int StatusCode => 401;
}

/// <summary>400: a rule of the domain refused the input (field errors come from FluentValidation instead).</summary>
public sealed class BusinessRuleException(string message, string? field = null) : AppException(message)
{
    public string? Field { get; } = field;
    public override int StatusCode => 400;
}
