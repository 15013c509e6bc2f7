/** Stops the containers global-setup started (none where local servers or URLs were used). */
export default async function globalTeardown(): Promise<void> {
    const containers = (globalThis as { __noormContainers?: Array<{ stop(): Promise<unknown> }> }).__noormContainers ?? [];
    await Promise.all(containers.map((container) => container.stop().catch(() => undefined)));
}
