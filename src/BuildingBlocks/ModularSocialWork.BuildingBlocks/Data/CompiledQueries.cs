using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ModularSocialWork.BuildingBlocks.Data;

/// <summary>
/// EF compiled queries (<c>EF.CompileAsyncQuery</c>) for the hottest paths, compiled once per EF model. A compiled query
/// may only run against the model it was compiled for, and a module context type has one model per provider (its
/// SQLite, SQL Server and PostgreSQL subclasses) — a process that serves two providers (the tests do) would otherwise
/// fail with "executed with a different model".
/// </summary>
public static class CompiledQueries
{
    public static Func<TContext, TResult> PerModel<TContext, TResult>(Func<Func<TContext, TResult>> compile)
        where TContext : DbContext
    {
        var byModel = new ConditionalWeakTable<IModel, Func<TContext, TResult>>();
        return context => byModel.GetValue(context.Model, _ => compile())(context);
    }

    public static Func<TContext, T1, TResult> PerModel<TContext, T1, TResult>(Func<Func<TContext, T1, TResult>> compile)
        where TContext : DbContext
    {
        var byModel = new ConditionalWeakTable<IModel, Func<TContext, T1, TResult>>();
        return (context, a) => byModel.GetValue(context.Model, _ => compile())(context, a);
    }

    public static Func<TContext, T1, T2, TResult> PerModel<TContext, T1, T2, TResult>(Func<Func<TContext, T1, T2, TResult>> compile)
        where TContext : DbContext
    {
        var byModel = new ConditionalWeakTable<IModel, Func<TContext, T1, T2, TResult>>();
        return (context, a, b) => byModel.GetValue(context.Model, _ => compile())(context, a, b);
    }
}
