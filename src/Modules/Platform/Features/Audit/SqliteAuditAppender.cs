using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using ModularSocialWork.BuildingBlocks.Data;
using ModularSocialWork.Modules.Platform.Data;
using ModularSocialWork.Modules.Platform.Domain.Audit;

namespace ModularSocialWork.Modules.Platform.Features.Audit;

/// <summary>
/// The audit chain append on SQLite, for <see cref="AuditAppendQueue"/>: the same transaction as
/// <see cref="AuditChainWriter"/> (read the head, insert the rows linked to it, move the head, one commit) through one
/// connection kept open and three prepared statements, instead of a DI scope, a leased context and an EF unit of work
/// per batch. Every audited request pays for one batch, and on SQLite that fixed cost was most of the price of the audit
/// row (the record-visit benchmark, issue 4).
/// </summary>
/// <remarks>
/// The statements are built from the EF model (table and column names, and each property's type mapping, which applies
/// the same value converters EF applies when it saves), so the rows are stored exactly as EF would store them and read
/// back identically by the viewer and <see cref="AuditChainVerifier"/>. The head is read inside the write transaction,
/// so an operator command appending from another process meanwhile is seen, and the process-wide
/// <see cref="AuditChainWriter.SqliteGate"/> is held like every other append of this process. Calls are serialised
/// (they run on the Platform file's writer thread; a lock guards them anyway, and disposal).
/// </remarks>
internal sealed class SqliteAuditAppender(IServiceScopeFactory scopes, string synchronous) : IDisposable
{
    private readonly Lock sync = new();
    private Statements? statements;
    private string? connectionString;
    private bool disposed;

    /// <summary>The Platform database's connection string, as its contexts report it (the key of its writer thread).</summary>
    public string ConnectionString
    {
        get
        {
            if (connectionString is not null) return connectionString;
            using var scope = scopes.CreateScope();
            return connectionString = scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.GetConnectionString()
                ?? throw new InvalidOperationException("The Platform database has no connection string.");
        }
    }

    /// <summary>
    /// Appends copies of <paramref name="entries"/> as consecutive links in one transaction; returns the stored rows.
    /// Forwarded outbox rows the chain already holds are left out.
    /// </summary>
    public IReadOnlyList<AuditEntry> Append(IReadOnlyList<AuditEntry> entries)
    {
        if (entries.Count == 0) return [];
        lock (sync)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            AuditChainWriter.SqliteGate.Wait();
            try
            {
                statements ??= Prepare();
                return statements.Append(entries);
            }
            catch
            {
                // Start the next batch from a fresh connection: this one may be what failed.
                statements?.Dispose();
                statements = null;
                throw;
            }
            finally
            {
                AuditChainWriter.SqliteGate.Release();
            }
        }
    }

    public void Dispose()
    {
        lock (sync)
        {
            disposed = true;
            statements?.Dispose();
            statements = null;
        }
    }

    private Statements Prepare()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        connectionString ??= db.Database.GetConnectionString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            new SqliteConnectionInterceptor(synchronous).Apply(connection);
            return new Statements(connection, db.Model, db.GetService<ISqlGenerationHelper>());
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private sealed class Statements : IDisposable
    {
        private readonly SqliteConnection connection;
        private readonly SqliteCommand readHead;
        private readonly SqliteCommand insertEntry;
        private readonly SqliteCommand moveHead;
        private readonly SqliteCommand findForwarded;
        private readonly IProperty outboxId;
        private readonly (IProperty Property, string Parameter)[] entryColumns;
        private readonly IProperty headId;
        private readonly IProperty lastSequence;
        private readonly IProperty lastHash;
        private readonly IProperty version;

        public Statements(SqliteConnection connection, IModel model, ISqlGenerationHelper sql)
        {
            this.connection = connection;
            var entryType = model.FindEntityType(typeof(AuditEntry))!;
            var entryTable = StoreObjectIdentifier.Table(entryType.GetTableName()!, entryType.GetSchema());
            entryColumns = entryType.GetProperties().Select((p, i) => (p, "@p" + i)).ToArray();
            insertEntry = Command(
                $"INSERT INTO {sql.DelimitIdentifier(entryTable.Name, entryTable.Schema)} " +
                $"({string.Join(", ", entryColumns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(entryTable)!)))}) " +
                $"VALUES ({string.Join(", ", entryColumns.Select(c => c.Parameter))})");

            outboxId = entryType.FindProperty(nameof(AuditEntry.OutboxId))!;
            findForwarded = Command(
                $"SELECT 1 FROM {sql.DelimitIdentifier(entryTable.Name, entryTable.Schema)} " +
                $"WHERE {sql.DelimitIdentifier(outboxId.GetColumnName(entryTable)!)} = @outboxId LIMIT 1");

            var headType = model.FindEntityType(typeof(AuditChainHead))!;
            var headTable = StoreObjectIdentifier.Table(headType.GetTableName()!, headType.GetSchema());
            string Column(IProperty p) => sql.DelimitIdentifier(p.GetColumnName(headTable)!);
            headId = headType.FindProperty(nameof(AuditChainHead.Id))!;
            lastSequence = headType.FindProperty(nameof(AuditChainHead.LastSequence))!;
            lastHash = headType.FindProperty(nameof(AuditChainHead.LastHash))!;
            version = headType.FindProperty(nameof(AuditChainHead.Version))!;
            var head = sql.DelimitIdentifier(headTable.Name, headTable.Schema);
            readHead = Command($"SELECT {Column(lastSequence)}, {Column(lastHash)} FROM {head} WHERE {Column(headId)} = @id");
            moveHead = Command($"UPDATE {head} SET {Column(lastSequence)} = @sequence, {Column(lastHash)} = @hash, {Column(version)} = @version WHERE {Column(headId)} = @id");
        }

        public IReadOnlyList<AuditEntry> Append(IReadOnlyList<AuditEntry> entries)
        {
            // BEGIN IMMEDIATE: the file's write lock first, so the head read below is the one this transaction moves.
            using var transaction = connection.BeginTransaction(deferred: false);
            readHead.Transaction = insertEntry.Transaction = moveHead.Transaction = transaction;

            readHead.Parameters.Clear();
            Bind(readHead, headId, "@id", AuditChainHead.SingletonId);
            long sequence;
            string hash;
            using (var reader = readHead.ExecuteReader())
            {
                if (!reader.Read()) throw new InvalidOperationException("The audit chain head row is missing.");
                sequence = reader.GetInt64(0);
                hash = reader.GetString(1);
            }

            var fresh = NotYetLinked(entries, transaction);
            if (fresh.Count == 0) return [];
            var rows = AuditChainWriter.Link(fresh, sequence, hash);
            foreach (var row in rows)
            {
                insertEntry.Parameters.Clear();
                foreach (var (property, parameter) in entryColumns) Bind(insertEntry, property, parameter, property.GetGetter().GetClrValueUsingContainingEntity(row));
                insertEntry.ExecuteNonQuery();
            }

            moveHead.Parameters.Clear();
            Bind(moveHead, lastSequence, "@sequence", rows[^1].Sequence);
            Bind(moveHead, lastHash, "@hash", rows[^1].Hash);
            Bind(moveHead, version, "@version", Guid.NewGuid());
            Bind(moveHead, headId, "@id", AuditChainHead.SingletonId);
            if (moveHead.ExecuteNonQuery() != 1) throw new InvalidOperationException("The audit chain head row is missing.");
            transaction.Commit();
            return rows;
        }

        /// <summary>Without the entries forwarded from a module outbox that the chain already holds (see <see cref="AuditChainWriter"/>).</summary>
        private IReadOnlyList<AuditEntry> NotYetLinked(IReadOnlyList<AuditEntry> entries, SqliteTransaction transaction)
        {
            if (!entries.Any(e => e.OutboxId is not null)) return entries;
            findForwarded.Transaction = transaction;
            var fresh = new List<AuditEntry>(entries.Count);
            foreach (var entry in entries)
            {
                if (entry.OutboxId is { } id)
                {
                    findForwarded.Parameters.Clear();
                    Bind(findForwarded, outboxId, "@outboxId", id);
                    if (findForwarded.ExecuteScalar() is not null) continue;
                }

                fresh.Add(entry);
            }

            return fresh;
        }

        public void Dispose()
        {
            findForwarded.Dispose();
            readHead.Dispose();
            insertEntry.Dispose();
            moveHead.Dispose();
            connection.Dispose();
        }

        private SqliteCommand Command(string text)
        {
            var command = connection.CreateCommand();
            command.CommandText = text;
            return command;
        }

        /// <summary>Through the property's type mapping: its converter and provider type, exactly as EF binds it on save.</summary>
        private static void Bind(SqliteCommand command, IProperty property, string name, object? value)
        {
            command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, name, value, property.IsNullable));
        }
    }
}
