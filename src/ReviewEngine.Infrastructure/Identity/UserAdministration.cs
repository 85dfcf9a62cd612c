using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Identity;

/// <summary>Administrators' account operations: an account (roles, organisation) and its sign-in identity together.</summary>
public sealed class UserAdministration(ReviewDbContext db, UserManager<ReviewUser> users)
{
    public async Task<UserAccount> AddAsync(string id, string displayName, string organisationId, IReadOnlyList<string> roles, string password, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64 || !id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.'))
        {
            throw new InvalidInputException($"id: '{id}' 须为 1–64 位字母、数字、-、_ 或 .");
        }

        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            throw new InvalidInputException($"org: 未知机构 '{organisationId}'（可用：{string.Join(", ", await db.Organisations.Select(o => o.Id).ToListAsync(ct))}）");
        }

        if (roles.Count == 0 || roles.FirstOrDefault(r => !Roles.IsKnown(r)) is { } unknown && unknown is not null)
        {
            throw new InvalidInputException($"role: 未知或缺少角色（可用：{string.Join(", ", Roles.All)}）");
        }

        if (await db.UserAccounts.AnyAsync(u => u.Id == id, ct))
        {
            throw new InvalidInputException($"id: 用户 '{id}' 已存在");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var account = new UserAccount(id, displayName, organisationId, roles);
        db.UserAccounts.Add(account);
        await db.SaveChangesAsync(ct);
        var result = await users.CreateAsync(new ReviewUser(id), password);
        if (!result.Succeeded)
        {
            throw new InvalidInputException("password: " + string.Join("；", result.Errors.Select(e => e.Description)));
        }

        await tx.CommitAsync(ct);
        return account;
    }

    /// <summary>Records what the person is qualified for (法律职业资格 …); tasks that require one check it on every action.</summary>
    public async Task<UserAccount> SetQualificationsAsync(string id, IReadOnlyCollection<string> qualifications, CancellationToken ct = default)
    {
        var account = await db.UserAccounts.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new InvalidInputException($"id: 未知用户 '{id}'");
        try
        {
            account.SetQualifications(qualifications);
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException("qualification: " + e.Message.Split(" (Parameter", 2)[0]);
        }

        await db.SaveChangesAsync(ct);
        return account;
    }

    /// <summary>Replaces the account's roles; every node applies them from the next request on.</summary>
    public async Task<UserAccount> SetRolesAsync(string id, IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        var account = await db.UserAccounts.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new InvalidInputException($"id: 未知用户 '{id}'");
        try
        {
            account.ReplaceRoles(roles);
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException("role: " + e.Message.Split(" (Parameter", 2)[0]);
        }

        await db.SaveChangesAsync(ct);
        return account;
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken ct = default) =>
        await db.UserAccounts.AsNoTracking().OrderBy(u => u.OrganisationId).ThenBy(u => u.Id).ToListAsync(ct);

    public async Task DisableAsync(string id, CancellationToken ct = default)
    {
        var account = await db.UserAccounts.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new InvalidInputException($"id: 未知用户 '{id}'");
        account.Disable();
        await db.SaveChangesAsync(ct);
        if (await users.FindByIdAsync(id) is { } identity)
        {
            // A disabled account cannot sign in again; a new stamp ends its cookies and bearer tokens at the next request.
            await users.SetLockoutEnabledAsync(identity, true);
            await users.SetLockoutEndDateAsync(identity, DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(identity);
        }
    }

    /// <summary>Ends a lockout early (the password stays); refused for a disabled account, whose lockout is its disabling.</summary>
    public async Task UnlockAsync(string id, CancellationToken ct = default)
    {
        var account = await db.UserAccounts.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new InvalidInputException($"id: 未知用户 '{id}'");
        if (!account.IsActive)
        {
            throw new InvalidInputException($"id: 用户 '{id}' 已停用，不能解锁");
        }

        var identity = await users.FindByIdAsync(id) ?? throw new InvalidInputException($"id: 用户 '{id}' 没有登录身份");
        await users.ResetAccessFailedCountAsync(identity);
        await users.SetLockoutEndDateAsync(identity, null);
    }

    public async Task ResetPasswordAsync(string id, string password, CancellationToken ct = default)
    {
        var identity = await users.FindByIdAsync(id) ?? throw new InvalidInputException($"id: 未知用户 '{id}'");
        // Validate first, so a rejected password leaves the old one in place.
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, identity, password);
            if (!check.Succeeded)
            {
                throw new InvalidInputException("password: " + string.Join("；", check.Errors.Select(e => e.Description)));
            }
        }

        await users.RemovePasswordAsync(identity);
        var result = await users.AddPasswordAsync(identity, password);
        if (!result.Succeeded)
        {
            throw new InvalidInputException("password: " + string.Join("；", result.Errors.Select(e => e.Description)));
        }

        await users.ResetAccessFailedCountAsync(identity);
        await users.SetLockoutEndDateAsync(identity, null);
        // Removing and adding the password renewed the stamp: sessions signed in with the old password end (the
        // save bumped the account's change counter, so every node checks the new stamp at the next request).
    }

    /// <summary>Development only: a sign-in identity for every seeded account, all with the same demo password.</summary>
    public async Task EnsureDemoIdentitiesAsync(string password, CancellationToken ct = default)
    {
        // One query for the identities that exist (every start in Development runs this), then create the missing.
        var existing = (await users.Users.Select(u => u.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        foreach (var account in await db.UserAccounts.AsNoTracking().ToListAsync(ct))
        {
            if (!existing.Contains(account.Id))
            {
                var result = await users.CreateAsync(new ReviewUser(account.Id), password);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("；", result.Errors.Select(e => e.Description)));
                }
            }
        }
    }
}
