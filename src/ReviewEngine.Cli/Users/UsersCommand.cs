using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Cli.Common;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Infrastructure.Identity;

namespace ReviewEngine.Cli.Users;

/// <summary>`review users add|list|disable|reset-password|unlock|qualify`: account administration for administrators.</summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var command = new Command("users", "用户管理（管理员）");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Disable());
        command.Subcommands.Add(ResetPassword());
        command.Subcommands.Add(Unlock());
        command.Subcommands.Add(Qualify());
        return command;
    }

    private static Command Add()
    {
        var id = new Argument<string>("id") { Description = "登录名（字母、数字、-、_、.）" };
        var name = new Option<string>("--name") { Description = "姓名", Required = true };
        var org = new Option<string>("--org") { Description = "机构 id，如 luobu、wucheng", Required = true };
        var roles = new Option<string[]>("--role") { Description = $"角色，可多次：{string.Join(", ", Roles.All)}", Required = true, AllowMultipleArgumentsPerToken = true };
        var password = new Option<string>("--password") { Description = "初始密码（至少 10 位，含大小写字母、数字、符号）", Required = true };
        var db = CliOptions.Database();
        var add = new Command("add", "新增用户") { id, name, org, roles, password, db };
        add.SetAction(async (parse, ct) =>
        {
            await using var services = await CliHost.OpenAsync(parse.GetValue(db), null);
            await using var scope = services.CreateAsyncScope();
            var account = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(
                parse.GetValue(id)!, parse.GetValue(name)!, parse.GetValue(org)!, parse.GetValue(roles)!, parse.GetValue(password)!, ct);
            parse.InvocationConfiguration.Output.WriteLine($"已新增用户 {account.Id}（{account.DisplayName}，{account.OrganisationId}，{string.Join("/", account.Roles)}）");
            return ExitCodes.Ok;
        });
        return add;
    }

    private static Command Qualify()
    {
        var id = new Argument<string>("id");
        var set = new Option<string[]>("--set") { Description = $"资格，可多次：{string.Join(", ", Qualifications.All)}（替换原有记录）", AllowMultipleArgumentsPerToken = true };
        var clear = new Option<bool>("--clear") { Description = "清除全部资格记录" };
        var db = CliOptions.Database();
        var qualify = new Command("qualify", "登记用户资格（如法律职业资格：初次从事行政处罚决定法制审核须具备）") { id, set, clear, db };
        qualify.SetAction(async (parse, ct) =>
        {
            var values = parse.GetValue(set) ?? [];
            if (values.Length == 0 && !parse.GetValue(clear))
            {
                throw new Application.Common.InvalidInputException($"--set: 请给出资格（可用：{string.Join(", ", Qualifications.All)}），或用 --clear 清除");
            }

            await using var services = await CliHost.OpenAsync(parse.GetValue(db), null);
            await using var scope = services.CreateAsyncScope();
            var account = await scope.ServiceProvider.GetRequiredService<UserAdministration>().SetQualificationsAsync(parse.GetValue(id)!, values, ct);
            parse.InvocationConfiguration.Output.WriteLine(account.Qualifications.Count == 0
                ? $"已清除 {account.Id} 的资格记录"
                : $"已登记 {account.Id} 的资格：{string.Join("、", account.Qualifications.Select(Qualifications.Label))}");
            return ExitCodes.Ok;
        });
        return qualify;
    }

    private static Command List()
    {
        var db = CliOptions.Database();
        var format = CliOptions.Format();
        var list = new Command("list", "列出用户") { db, format };
        list.SetAction(async (parse, ct) =>
        {
            await using var services = await CliHost.OpenAsync(parse.GetValue(db), null);
            await using var scope = services.CreateAsyncScope();
            var users = await scope.ServiceProvider.GetRequiredService<UserAdministration>().ListAsync(ct);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                output.WriteLine(System.Text.Json.JsonSerializer.Serialize(
                    users.Select(u => new { id = u.Id, name = u.DisplayName, org = u.OrganisationId, roles = u.Roles, qualifications = u.Qualifications, active = u.IsActive }), Domain.JsonOptions.Compact));
                return ExitCodes.Ok;
            }

            foreach (var u in users)
            {
                output.WriteLine($"{u.Id,-16} {u.DisplayName,-12} {u.OrganisationId,-10} {string.Join("/", u.Roles),-24} {(u.IsActive ? "启用" : "停用")}"
                    + (u.Qualifications.Count > 0 ? "  " + string.Join("、", u.Qualifications.Select(Qualifications.Label)) : string.Empty));
            }

            return ExitCodes.Ok;
        });
        return list;
    }

    private static Command Disable()
    {
        var id = new Argument<string>("id");
        var db = CliOptions.Database();
        var disable = new Command("disable", "停用用户（不能再登录，已有会话在下次请求时失效）") { id, db };
        disable.SetAction(async (parse, ct) =>
        {
            await using var services = await CliHost.OpenAsync(parse.GetValue(db), null);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().DisableAsync(parse.GetValue(id)!, ct);
            parse.InvocationConfiguration.Output.WriteLine($"已停用 {parse.GetValue(id)}");
            return ExitCodes.Ok;
        });
        return disable;
    }

    private static Command ResetPassword()
    {
        var id = new Argument<string>("id");
        var password = new Option<string>("--password") { Description = "新密码", Required = true };
        var db = CliOptions.Database();
        var reset = new Command("reset-password", "重置密码并解除锁定") { id, password, db };
        reset.SetAction(async (parse, ct) =>
        {
            await using var services = await CliHost.OpenAsync(parse.GetValue(db), null);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().ResetPasswordAsync(parse.GetValue(id)!, parse.GetValue(password)!, ct);
            parse.InvocationConfiguration.Output.WriteLine($"已重置 {parse.GetValue(id)} 的密码");
            return ExitCodes.Ok;
        });
        return reset;
    }

    private static Command Unlock()
    {
        var id = new Argument<string>("id");
        var db = CliOptions.Database();
        var unlock = new Command("unlock", "解除登录锁定（密码不变）") { id, db };
        unlock.SetAction(async (parse, ct) =>
        {
            await using var services = await CliHost.OpenAsync(parse.GetValue(db), null);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().UnlockAsync(parse.GetValue(id)!, ct);
            parse.InvocationConfiguration.Output.WriteLine($"已解除 {parse.GetValue(id)} 的登录锁定");
            return ExitCodes.Ok;
        });
        return unlock;
    }
}
