export type Mount = {
    Type: 'bind';
    Source: string;
    Target: string;
    ReadOnly: boolean;
} | {
    Type: 'volume';
    Source?: string;
    Target: string;
    VolumeOptions?: {
        Labels: Record<string, string>;
    };
};
/** The subset of the Engine API's container-create body that dind mode sets. */
export interface ContainerCreateRequest {
    Image: string;
    Entrypoint?: string[];
    Cmd: string[];
    Env: string[];
    Labels: Record<string, string>;
    ExposedPorts: Record<string, Record<string, never>>;
    HostConfig: {
        Privileged: boolean;
        CapAdd?: string[];
        CapDrop?: string[];
        SecurityOpt?: string[];
        MaskedPaths?: string[];
        ReadonlyPaths?: string[];
        DeviceCgroupRules?: string[];
        CgroupnsMode?: 'private' | 'host';
        Mounts: Mount[];
        PortBindings: Record<string, Array<{
            HostIp: string;
            HostPort: string;
        }>>;
        NetworkMode?: string;
    };
    NetworkingConfig?: {
        EndpointsConfig: Record<string, {
            Aliases: string[];
        }>;
    };
}
export interface EngineVersion {
    Version: string;
    ApiVersion: string;
    MinAPIVersion?: string;
    Os: string;
    Arch: string;
}
/** The fields of GET /info that dind mode reads. */
export interface EngineInfo {
    /** "1" or "2" (engines before 20.10 leave it out: cgroup v1). */
    CgroupVersion?: string;
}
export interface ContainerState {
    Status: string;
    Running: boolean;
    ExitCode: number;
    Error?: string;
}
export interface ContainerInfo {
    Id: string;
    Name: string;
    State: ContainerState;
    Config: {
        Labels?: Record<string, string> | null;
        Image: string;
    };
    HostConfig: {
        Privileged?: boolean;
    };
    Mounts: Array<{
        Type: string;
        Name?: string;
        Source: string;
        Destination: string;
    }>;
    NetworkSettings: {
        Ports?: Record<string, Array<{
            HostIp: string;
            HostPort: string;
        }> | null>;
        /** The default bridge's addresses (older engines report them here too). */
        IPAddress?: string;
        GlobalIPv6Address?: string;
        Networks: Record<string, {
            IPAddress: string;
            GlobalIPv6Address?: string;
            Aliases?: string[] | null;
        }>;
    };
}
export interface NetworkInfo {
    Id: string;
    Name: string;
    Driver: string;
    Labels?: Record<string, string> | null;
    Containers?: Record<string, {
        Name: string;
    }> | null;
    /** The driver's options: a bridge network's own bridge name among them (com.docker.network.bridge.name). */
    Options?: Record<string, string> | null;
    IPAM?: {
        Config?: Array<{
            Subnet?: string;
        }> | null;
    } | null;
}
/** One line of GET /events: what happened (`Action`) to which object (`Actor.ID`). */
export interface EngineEvent {
    Type?: string;
    Action: string;
    Actor: {
        ID: string;
        Attributes?: Record<string, string> | null;
    };
}
