using Microsoft.AspNetCore.Http.HttpResults;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Web.Api;

/// <summary>One mapping from domain refusals to HTTP answers, used by the API filter and the pages alike.</summary>
public static class ApiErrors
{
    public static int StatusFor(Exception ex) => ex switch
    {
        NotFoundException => StatusCodes.Status404NotFound,
        ActionNotAllowedException => StatusCodes.Status403Forbidden,
        ConcurrencyConflictException => StatusCodes.Status409Conflict,
        ActionRejectedException => StatusCodes.Status422UnprocessableEntity,
        InvalidInputException => StatusCodes.Status400BadRequest,
        DomainException => StatusCodes.Status409Conflict,
        WorkflowValidationException => StatusCodes.Status500InternalServerError,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static ProblemHttpResult Problem(DomainException ex) =>
        TypedResults.Problem(detail: ex.Message, statusCode: StatusFor(ex), title: Title(ex),
            extensions: ex switch
            {
                ActionNotAllowedException a => new Dictionary<string, object?> { ["reasons"] = a.Reasons },
                ActionRejectedException r => new Dictionary<string, object?> { ["unmet"] = r.Unmet },
                _ => null,
            });

    private static string Title(DomainException ex) => ex switch
    {
        NotFoundException => "未找到",
        ActionNotAllowedException => "无权操作",
        ConcurrencyConflictException => "操作冲突",
        ActionRejectedException => "条件不满足",
        InvalidInputException => "输入有误",
        _ => "无法执行",
    };
}

/// <summary>Turns any <see cref="DomainException"/> thrown by an API handler into its problem response.</summary>
public sealed class DomainExceptionFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DomainException ex)
        {
            return ApiErrors.Problem(ex);
        }
    }
}
