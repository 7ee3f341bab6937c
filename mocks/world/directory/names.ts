/**
 * The word lists generated entities are made of. Some names carry diacritics on purpose, so the
 * search's diacritic-insensitive matching is exercised by the generated world too.
 */
// prettier-ignore
export const firstNames = [
  'Aaliyah', 'Aaron', 'Abigail', 'Adam', 'Adrian', 'Aisha', 'Akira', 'Alba', 'Alejandro', 'Alex',
  'Alice', 'Amara', 'Amelia', 'Ana', 'André', 'Andrea', 'Anja', 'Anton', 'Aria', 'Arjun', 'Astrid',
  'Ben', 'Bianca', 'Björn', 'Bruno', 'Camila', 'Carlos', 'Chen', 'Chloé', 'Daniel', 'Dara',
  'David', 'Diego', 'Elena', 'Elif', 'Eliška', 'Emil', 'Emma', 'Erik', 'Esther', 'Fatima', 'Felix',
  'François', 'Freya', 'Gabriel', 'Grace', 'Hana', 'Hannah', 'Hugo', 'Ibrahim', 'Ines', 'Ingrid',
  'Isaac', 'Ivan', 'Jack', 'Jana', 'Javier', 'Jonas', 'José', 'Julia', 'Kai', 'Karim', 'Kenji',
  'Lara', 'Laura', 'Leo', 'Lena', 'Liam', 'Lucía', 'Luis', 'Maja', 'Marco', 'María', 'Marta',
  'Mateo', 'Maya', 'Mei', 'Mia', 'Mohammed', 'Nadia', 'Noah', 'Nora', 'Oliver', 'Olivia', 'Omar',
  'Paula', 'Pedro', 'Priya', 'Rafael', 'Rania', 'Renée', 'Rosa', 'Sara', 'Sebastián', 'Sofia',
  'Søren', 'Tomás', 'Yuki', 'Zoë', 'Zofia',
] as const;

// prettier-ignore
export const lastNames = [
  'Abbott', 'Adeyemi', 'Ahmed', 'Albrecht', 'Álvarez', 'Andersen', 'Archer', 'Bakker', 'Barnes',
  'Becker', 'Bell', 'Bergström', 'Bianchi', 'Blake', 'Bowen', 'Brennan', 'Brooks', 'Castillo',
  'Chandra', 'Chen', 'Clarke', 'Cohen', 'Costa', 'Cruz', 'Dąbrowski', 'Dalton', 'Das', 'Dubois',
  'Duarte', 'Edwards', 'Eriksen', 'Evans', 'Fernández', 'Fischer', 'Fleming', 'Fontaine', 'Foster',
  'García', 'Gomes', 'Gonzalez', 'Graham', 'Gupta', 'Hahn', 'Hall', 'Hansen', 'Harper', 'Hayes',
  'Herrera', 'Hoffmann', 'Holloway', 'Hughes', 'Ibrahim', 'Ishikawa', 'Jansen', 'Jensen',
  'Johansson', 'Jones', 'Kaur', 'Keller', 'Kelly', 'Khan', 'Kim', 'Klein', 'Kowalski', 'Kumar',
  'Lambert', 'Langer', 'Larsen', 'Laurent', 'Lee', 'Lindqvist', 'López', 'Lorenz', 'Martin',
  'Martínez', 'Meyer', 'Mills', 'Mitchell', 'Moreau', 'Morris', 'Müller', 'Murphy', 'Nakamura',
  'Nguyen', 'Nielsen', 'Novak', 'Núñez', "O'Brien", 'Okafor', 'Olsen', 'Ortiz', 'Owens', 'Park',
  'Patel', 'Pereira', 'Peters', 'Petrović', 'Quinn', 'Rahman', 'Ramos', 'Reyes', 'Richter',
  'Rivera', 'Robbins', 'Romano', 'Rossi', 'Russo', 'Sánchez', 'Santos', 'Sato', 'Schmidt',
  'Schneider', 'Shah', 'Silva', 'Singh', 'Smith', 'Sokolov', 'Sørensen', 'Suzuki', 'Svoboda',
  'Tanaka', 'Taylor', 'Thomas', 'Torres', 'Turner', 'Van Dijk', 'Vance', 'Vargas', 'Vasquez',
  'Wagner', 'Walsh', 'Wang', 'Watanabe', 'Weber', 'White', 'Wilke', 'Williams', 'Wójcik', 'Wright',
  'Yamamoto', 'Yilmaz', 'Young', 'Zhang', 'Zhou', 'Zimmermann',
] as const;

// prettier-ignore
export const departments = [
  'Sales', 'Marketing', 'Finance', 'Human Resources', 'Engineering', 'IT', 'Legal', 'Operations',
  'Customer Support', 'Research', 'Procurement', 'Facilities',
] as const;

/** Individual contributor titles by department (managers get titles from their level). */
export const titlesByDepartment: Record<(typeof departments)[number], readonly string[]> = {
  Sales: ['Account Executive', 'Sales Representative', 'Sales Engineer'],
  Marketing: ['Marketing Specialist', 'Content Strategist', 'Brand Manager'],
  Finance: ['Accountant', 'Financial Analyst', 'Payroll Specialist'],
  'Human Resources': ['HR Generalist', 'Recruiter', 'HR Business Partner'],
  Engineering: ['Software Engineer', 'Senior Engineer', 'QA Engineer'],
  IT: ['Systems Administrator', 'Helpdesk Technician', 'Network Engineer'],
  Legal: ['Paralegal', 'Counsel', 'Compliance Officer'],
  Operations: ['Operations Analyst', 'Planner', 'Logistics Coordinator'],
  'Customer Support': ['Support Engineer', 'Customer Success Manager', 'Support Specialist'],
  Research: ['Research Scientist', 'Data Scientist', 'Research Assistant'],
  Procurement: ['Buyer', 'Procurement Specialist', 'Vendor Manager'],
  Facilities: ['Facilities Coordinator', 'Office Manager', 'Security Officer'],
};

/** Titles of the management levels below the chief executive (level 1, 2, …). */
export const managementTitles = [
  'Vice President',
  'Director',
  'Senior Manager',
  'Manager',
] as const;

// prettier-ignore
export const offices = [
  'Redmond 18/2201', 'Seattle 4/110', 'New York 12/1204', 'London 3/301', 'Dublin 2/214',
  'Munich 5/512', 'Paris 1/107', 'Singapore 9/902', 'Tokyo 7/705', 'Sydney 6/610',
  'São Paulo 4/401', 'Bangalore 2/220',
] as const;

/** Custom group names are a prefix and a suffix: "Finance Readers", "VPN Users EMEA", … */
// prettier-ignore
export const groupPrefixes = [
  'Finance', 'Sales', 'Marketing', 'HR', 'Engineering', 'IT', 'Legal', 'Operations', 'Support',
  'Research', 'Procurement', 'Facilities', 'VPN', 'SharePoint', 'Project', 'Print', 'File Share',
  'Wi-Fi', 'SQL', 'Build',
] as const;
// prettier-ignore
export const groupSuffixes = [
  'Readers', 'Editors', 'Owners', 'Users', 'Managers', 'Contractors', 'Approvers', 'Admins',
  'Team', 'Leads', 'Interns', 'Auditors',
] as const;

export const serverPrefixes = ['APP', 'SQL', 'FS', 'WEB', 'PRN', 'RDS', 'SCCM', 'BACKUP'] as const;

export const workstationOs = [
  { os: 'Windows 11 Enterprise', version: '10.0 (22631)' },
  { os: 'Windows 11 Enterprise', version: '10.0 (26100)' },
  { os: 'Windows 10 Enterprise', version: '10.0 (19045)' },
  { os: 'Windows 10 Enterprise', version: '10.0 (19044)' },
  { os: 'macOS 15', version: '15.1' },
] as const;

export const serverOs = [
  { os: 'Windows Server 2022 Datacenter', version: '10.0 (20348)' },
  { os: 'Windows Server 2019 Standard', version: '10.0 (17763)' },
  { os: 'Windows Server 2016 Standard', version: '10.0 (14393)' },
  { os: 'Windows Server 2025 Datacenter', version: '10.0 (26100)' },
] as const;

/** OS versions of the domain controllers' operating systems (the sensors' world names them). */
export const osVersions: Record<string, string> = {
  'Windows Server 2016': '10.0 (14393)',
  'Windows Server 2019': '10.0 (17763)',
  'Windows Server 2022': '10.0 (20348)',
  'Windows Server 2025': '10.0 (26100)',
};
