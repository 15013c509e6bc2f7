import * as github from '@actions/github';

export interface PullRequest {
    owner: string;
    repo: string;
    number: number;
}

/** The pull request of a `pull_request` event (the only event a plan comment is posted for), else null. */
export function pullRequestOfEvent(): PullRequest | null {
    const { context } = github;
    const number = context.payload.pull_request?.number;
    if (context.eventName !== 'pull_request' || typeof number !== 'number') return null;
    return { ...context.repo, number };
}

/**
 * Posts `body` on the pull request, or updates the comment that starts with `marker` (this step's
 * earlier plan) in place. Octokit takes the API URL from GITHUB_API_URL, so GitHub Enterprise works.
 */
export async function upsertComment(token: string, pr: PullRequest, marker: string, body: string): Promise<{ id: number; created: boolean }> {
    const octokit = github.getOctokit(token);
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 });
    const mine = comments.find((comment) => comment.body?.startsWith(marker));
    if (mine) {
        await octokit.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: mine.id, body });
        return { id: mine.id, created: false };
    }
    const created = await octokit.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body });
    return { id: created.data.id, created: true };
}

/** The link to this workflow run, for the comment's footer. */
export function runUrl(): string | null {
    const { serverUrl, runId } = github.context;
    const { GITHUB_REPOSITORY: repository } = process.env;
    return repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : null;
}
